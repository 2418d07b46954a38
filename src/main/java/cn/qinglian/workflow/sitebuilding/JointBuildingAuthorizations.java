package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.security.EngineAuthorizations;
import cn.qinglian.workflow.org.Role;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Party office and branch secretaries propose 联建 agreements. The process has no start form, so
 * DirectStartGuard still turns a start made directly through the engine away: they propose through
 * {@code POST /api/site-building/agreements}, which checks the two sides and records the agreement.
 */
@Component
class JointBuildingAuthorizations {

    private final EngineAuthorizations authorizations;

    JointBuildingAuthorizations(EngineAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    void grant() {
        for (Role role : new Role[] {Role.PARTY_OFFICE, Role.BRANCH_SECRETARY}) {
            authorizations.grantGroup(
                    role.groupId(),
                    Resources.PROCESS_DEFINITION,
                    JointBuildingProcess.PROCESS_KEY,
                    Permissions.CREATE_INSTANCE);
            authorizations.grantGroup(role.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
    }
}
