package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.security.EngineAuthorizations;
import cn.qinglian.workflow.org.Role;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Party office, the 党组 and the discipline inspection group plan 廉政谈话 from Tasklist: their groups
 * may create its instances (with the start form's fields only: DirectStartGuard). Nobody is granted
 * reading its instances or history: a talk's tasks are seen by those who hold them.
 */
@Component
class TalkAuthorizations {

    private final EngineAuthorizations authorizations;

    TalkAuthorizations(EngineAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    void grant() {
        for (Role role :
                new Role[] {Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER, Role.DISCIPLINE_INSPECTOR}) {
            authorizations.grantGroup(
                    role.groupId(), Resources.PROCESS_DEFINITION, TalkProcess.PROCESS_KEY, Permissions.CREATE_INSTANCE);
            authorizations.grantGroup(role.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
    }
}
