package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.security.EngineAuthorizations;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The 党组书记 and the Party office may start the year's letter from Tasklist (启动流程 → 责任书层层签订). */
@Component
class LetterAuthorizations {

    private final EngineAuthorizations authorizations;

    LetterAuthorizations(EngineAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    void grant() {
        for (String group : new String[] {"role-secretary", "role-party-office"}) {
            authorizations.grantGroup(
                    group, Resources.PROCESS_DEFINITION, LetterProcess.PROCESS_KEY, Permissions.CREATE_INSTANCE);
            authorizations.grantGroup(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
    }
}
