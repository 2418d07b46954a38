package cn.qinglian.workflow.common.camunda;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health "engine", part of readiness: the process engine is built and, where this node runs jobs
 * ({@code camunda.bpm.job-execution.enabled}), its job executor is running — a node that would take
 * requests but never fire a timer or an asynchronous step is not ready.
 */
@Component
class EngineHealthIndicator implements HealthIndicator {

    private final ProcessEngine engine;
    private final ProcessEngineConfigurationImpl configuration;
    private final boolean jobExecution;

    EngineHealthIndicator(
            ProcessEngine engine,
            ProcessEngineConfigurationImpl configuration,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecution) {
        this.engine = engine;
        this.configuration = configuration;
        this.jobExecution = jobExecution;
    }

    @Override
    public Health health() {
        JobExecutor jobs = configuration.getJobExecutor();
        boolean running = jobs != null && jobs.isActive();
        Health.Builder health = !jobExecution || running ? Health.up() : Health.down();
        return health.withDetail("engine", engine.getName())
                .withDetail("jobExecutor", jobExecution ? (running ? "running" : "stopped") : "off")
                .build();
    }
}
