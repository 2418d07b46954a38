package cn.qinglian.workflow.common.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The grants every installation starts with (authorizations are on). Everyone may open
 * Tasklist and read process definitions (names, diagrams); tasks are visible only to their
 * assignee and candidate users/groups, which the engine grants itself. Cockpit and Admin stay
 * with {@code camunda-admin}, which holds ALL on every resource. Process features add their own.
 */
@Component
public class EngineAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);
    public static final String EVERYONE = Authorization.ANY;

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    public void grantDefaults() {
        grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }

    public void grantEveryone(Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizations
                        .createAuthorizationQuery()
                        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                        .resourceType(resource)
                        .resourceId(resourceId)
                        .hasPermission(permission)
                        .count()
                > 0;
        if (!exists) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            grant.setUserId(EVERYONE);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
            log.info("Granted everyone {} on {} {}", permission.getName(), resource.resourceName(), resourceId);
        }
    }

    /** Grants a group a permission on a resource, once. */
    public void grantGroup(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(groupId)
                        .resourceType(resource)
                        .resourceId(resourceId)
                        .hasPermission(permission)
                        .count()
                > 0;
        if (!exists) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
        }
    }
}
