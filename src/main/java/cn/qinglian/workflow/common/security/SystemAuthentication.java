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

    /** The person a system call runs for, so that what it sets off still knows who acted. */
    private static final ThreadLocal<String> STANDING_IN_FOR = new ThreadLocal<>();

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
        String standingInFor = STANDING_IN_FOR.get();
        identity.clearAuthentication();
        if (caller != null && caller.getUserId() != null) {
            STANDING_IN_FOR.set(caller.getUserId());
        }
        try {
            return work.get();
        } finally {
            restore(standingInFor);
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /**
     * Who acts in this thread: the engine's authenticated user, or the person a system call runs
     * for; null in the engine's own jobs.
     */
    public String actingUserId() {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : STANDING_IN_FOR.get();
    }

    private static void restore(String standingInFor) {
        if (standingInFor == null) {
            STANDING_IN_FOR.remove();
        } else {
            STANDING_IN_FOR.set(standingInFor);
        }
    }
}
