/**
 * 书记领办党建项目: a secretary's project for the year — proposed (领题), checked by the office and approved by
 * the 党组, reported on by milestone and quarter (解题), self-assessed, scored by a panel and graded (结题).
 */
@ApplicationModule(
        displayName = "书记领办党建项目",
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
package cn.qinglian.workflow.secretaryproject;

import org.springframework.modulith.ApplicationModule;
