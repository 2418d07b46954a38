package cn.qinglian.workflow.common.security;

import cn.qinglian.workflow.common.camunda.AuthorizationBypass;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the system, after the app itself has checked that the caller may do
 * what is asked (e.g. the Party office importing people into Camunda's identity). The
 * caller's engine authentication is restored afterwards.
 */
@Component
public class SystemAuthentication {

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl configuration;

    SystemAuthentication(IdentityService identity, ProcessEngineConfigurationImpl configuration) {
        this.identity = identity;
        this.configuration = configuration;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs engine calls for a user whose right the app has checked: the engine skips its own
     * authorization checks but knows who acts, so history names them (e.g. as a process's starter,
     * which 我发起的 and 撤回 rely on) and {@code camunda:initiator} is set.
     */
    public <T> T callFor(String userId, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.setAuthentication(new Authentication(userId, List.of()));
        try {
            return AuthorizationBypass.call(configuration, work);
        } finally {
            identity.clearAuthentication();
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
