/**
 * 党纪教育 and 廉政教育课: sessions with who is expected, sign-in from a link or code while a session runs,
 * leave approved by the branch secretary (process {@code educationLeave}), 补学 afterwards, attendance.
 */
@ApplicationModule(
        displayName = "党纪教育",
        allowedDependencies = {
            "org",
            "notice",
            "common::base",
            "common::audit",
            "common::engine",
            "common::error",
            "common::export",
            "common::security"
        })
package cn.qinglian.workflow.education;

import org.springframework.modulith.ApplicationModule;
