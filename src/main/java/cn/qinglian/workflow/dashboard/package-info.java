/**
 * The report card (党建高分报表): reads each feature's coverage through its public queries; nothing depends
 * on it.
 */
@ApplicationModule(
        displayName = "党建报表",
        allowedDependencies = {
            "org",
            "annualtasks",
            "education",
            "integritytalk",
            "letter",
            "selfreview",
            "regulation",
            "risk",
            "secretaryproject",
            "sitebuilding",
            "common::error",
            "common::security"
        })
package cn.qinglian.workflow.dashboard;

import org.springframework.modulith.ApplicationModule;
