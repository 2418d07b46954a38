package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.security.EngineAuthorizations;
import cn.qinglian.workflow.org.Role;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Secretaries start 书记领办党建项目 from Tasklist (领题): the 党组书记 and branch secretaries' groups may
 * create its instances. Whether the starter may propose for their unit is checked by the proposal itself.
 */
@Component
class ProjectAuthorizations {

    private final EngineAuthorizations authorizations;

    ProjectAuthorizations(EngineAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    void grant() {
        for (Role role : new Role[] {Role.SECRETARY, Role.BRANCH_SECRETARY}) {
            authorizations.grantGroup(
                    role.groupId(),
                    Resources.PROCESS_DEFINITION,
                    ProjectProcess.PROCESS_KEY,
                    Permissions.CREATE_INSTANCE);
            authorizations.grantGroup(role.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
    }
}
