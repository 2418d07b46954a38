/**
 * The year's task list (任务清单签收): drafted, approved, distributed, signed for, reported and verified.
 */
@ApplicationModule(
        displayName = "任务清单签收",
        allowedDependencies = {
            "org",
            "notice",
            "common::base",
            "common::audit",
            "common::engine",
            "common::error",
            "common::export",
            "common::security",
            "common::sheets"
        })
package cn.qinglian.workflow.annualtasks;

import org.springframework.modulith.ApplicationModule;
