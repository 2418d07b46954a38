/**
 * Monitoring (运行监控): the engine's and the business's figures for Prometheus, and alerts to the
 * administrators about incidents and work stuck past its due date. Reads the features' tables in a few
 * grouped queries of its own; no feature depends on it.
 */
@ApplicationModule(
        displayName = "运行监控",
        allowedDependencies = {"notice", "common::base", "common::security"})
package cn.qinglian.workflow.monitoring;

import org.springframework.modulith.ApplicationModule;
