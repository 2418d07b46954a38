package cn.qinglian.workflow.common.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
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

    SystemAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
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
