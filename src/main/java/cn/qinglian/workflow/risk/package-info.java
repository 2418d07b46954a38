/**
 * Integrity risk points: registered, graded (DMN), given measures, rectified, verified and re-
 * reviewed.
 */
@ApplicationModule(
        displayName = "廉政风险点排查整改",
        allowedDependencies = {
            "org",
            "notice",
            "common::base",
            "common::audit",
            "common::engine",
            "common::error",
            "common::export",
            "common::files",
            "common::security"
        })
package cn.qinglian.workflow.risk;

import org.springframework.modulith.ApplicationModule;
