package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.security.EngineAuthorizations;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Anyone may start 廉政风险点排查整改 from Tasklist (登记风险点); which unit they may register for
 * is checked by the registration itself.
 */
@Component
class RiskAuthorizations {

    private final EngineAuthorizations authorizations;

    RiskAuthorizations(EngineAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    void grant() {
        authorizations.grantEveryone(
                Resources.PROCESS_DEFINITION, RiskProcess.PROCESS_KEY, Permissions.CREATE_INSTANCE);
        authorizations.grantEveryone(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
}
