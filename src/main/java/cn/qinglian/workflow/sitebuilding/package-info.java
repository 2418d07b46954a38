/**
 * 项目党建联建: construction projects, their Party organisations and members on site (the temporary
 * branch rule), 服务指导组, 联建 agreements signed through {@code jointBuilding} with their activities,
 * 党员示范岗, the office's spreadsheet import, the 台账 and the figures the report card reads.
 */
@ApplicationModule(
        displayName = "项目党建联建",
        allowedDependencies = {
            "org",
            "common::base",
            "common::audit",
            "common::engine",
            "common::error",
            "common::export",
            "common::files",
            "common::security",
            "common::sheets"
        })
package cn.qinglian.workflow.sitebuilding;

import org.springframework.modulith.ApplicationModule;
