package cn.qinglian.workflow.common.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The Camunda starter creates the administrators' group as "camunda BPM Administrators" of type
 * "SYSTEM", and Admin shows both as stored. Named in Chinese once the engine is up; a name an
 * administrator gave it since is left alone.
 */
@Component
class AdminGroupName implements ApplicationRunner {

    static final String STARTER_NAME = "camunda BPM Administrators";
    static final String NAME = "系统管理员";
    static final String TYPE = "系统";

    private final IdentityService identity;
    private final SystemAuthentication system;

    AdminGroupName(IdentityService identity, SystemAuthentication system) {
        this.identity = identity;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        system.run(() -> {
            Group group =
                    identity.createGroupQuery().groupId(CurrentUser.ADMIN_GROUP).singleResult();
            if (group != null && STARTER_NAME.equals(group.getName())) {
                group.setName(NAME);
                group.setType(TYPE);
                identity.saveGroup(group);
            }
        });
    }
}
