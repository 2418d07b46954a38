package cn.qinglian.workflow.common.camunda;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.EngineConflicts;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that ends a command as ERROR ENGINE-16004 with its stack trace,
 * except a few kinds of its own (optimistic locking, bad user requests, authorizations) it logs at
 * DEBUG. Refusals the API answers with a 4xx are not faults: a task someone else has just completed
 * (409), a process that has just ended (409), and this app's own refusals raised inside engine
 * commands ({@link ApiException}, e.g. a process started directly). Those go to DEBUG too, and the
 * REST layer logs its one INFO line; ERROR stays for faults. Replaces the engine's command context
 * factory, whose only job is to create the context.
 */
@Component
class RefusalLogging extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new RefusalAwareContext(processEngineConfiguration);
            }
        };
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }

    static boolean expected(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (EngineConflicts.taskGone(cause)
                    || EngineConflicts.processGone(cause)
                    || cause instanceof ApiException api && api.status().is4xxClientError()) {
                return true;
            }
        }
        return false;
    }

    private static final class RefusalAwareContext extends CommandContext {

        RefusalAwareContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || expected(exception);
        }
    }
}
