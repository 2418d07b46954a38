/**
 * Self-review campaigns: every member checks, corrects and analyses; the branch secretary reviews.
 */
@ApplicationModule(
        displayName = "查改剖自查",
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
package cn.qinglian.workflow.selfreview;

import org.springframework.modulith.ApplicationModule;
