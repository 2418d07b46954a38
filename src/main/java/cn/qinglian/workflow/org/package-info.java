/**
 * The organisation: units, people, roles, the import of the organisation files, the demo organisation,
 * and their accounts in Camunda's identity service. Every feature reads it; it uses no feature.
 */
@ApplicationModule(
        displayName = "组织架构",
        allowedDependencies = {"common::error", "common::security", "common::sheets"})
package cn.qinglian.workflow.org;

import org.springframework.modulith.ApplicationModule;
