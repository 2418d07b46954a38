package bench.stock;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The reference with security on (profile {@code secured}, application-secured.yaml): the same stock
 * engine with Camunda's own authorizations enabled and {@code /engine-rest} behind Camunda's HTTP
 * Basic filter, the way Camunda's documentation secures the REST API. Its users get only what the
 * approval step needs; the tasks' grants come from the engine's default authorization provider.
 */
@Configuration
@Profile("secured")
class SecuredStock {

    /** The driver's (bench/driver/Bench.java): its unit heads and their password. */
    static final String PASSWORD = "demo";

    static final String[] UNITS = {"d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08"};

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        return registration;
    }

    /** The unit heads who register and approve (the driver's users), allowed to start the step. */
    @Bean
    ApplicationRunner users(IdentityService identity, AuthorizationService authorizations) {
        return args -> {
            for (String unit : UNITS) {
                String userId = "head-" + unit;
                if (identity.createUserQuery().userId(userId).count() > 0) {
                    continue;
                }
                var user = identity.newUser(userId);
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                grant(authorizations, userId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
                // last: bench/run.sh takes READ on the definition for the last user as "ready"
                grant(
                        authorizations,
                        userId,
                        Resources.PROCESS_DEFINITION,
                        "approvalStep",
                        Permissions.READ,
                        Permissions.CREATE_INSTANCE);
            }
        };
    }

    private static void grant(
            AuthorizationService authorizations,
            String userId,
            Resource resource,
            String resourceId,
            Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
