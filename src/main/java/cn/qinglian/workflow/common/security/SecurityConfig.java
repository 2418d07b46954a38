package cn.qinglian.workflow.common.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three chains. REST ({@code /engine-rest/**}, {@code /api/**}): authenticated by HTTP Basic
 * against Camunda identity or by the webapp session, stateless, with the user handed to the
 * engine so its authorizations apply. Actuator: probes open, Prometheus for administrators. Everything else (the webapps, which have their own login
 * and CSRF protection, and static pages): open to Spring Security, guarded by Camunda.
 */
@Configuration
class SecurityConfig {

    /** The report card loads only its own script, style and data; nothing inline, nothing from elsewhere. */
    static final String REPORT_CARD_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * 掌上办 (/m/) likewise; its signature pad hands the browser a picture it drew itself (blob:), and
     * form-js sets styles through the DOM, which a policy without 'unsafe-inline' allows.
     */
    static final String MOBILE_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self';"
                    + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * Swagger UI: its own scripts and styles only. React sets some styles as attributes, and its icons are
     * data: images; it calls nothing but this server.
     */
    static final String SWAGGER_UI_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                    + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The authority {@link CamundaAuthenticationProvider} gives members of {@code camunda-admin}. */
    static final String ADMIN_AUTHORITY = "GROUP_" + CurrentUser.ADMIN_GROUP;

    @Bean
    @Order(1)
    SecurityFilterChain restChain(HttpSecurity http, IdentityService identity, ObjectMapper json) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var problems = new ProblemResponses(json);
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/engine-rest/**"), paths.matcher("/api/**")))
                // 掌上办 asks whether it is signed in (and for the session's CSRF token) before anyone is.
                .authorizeHttpRequests(auth -> auth.requestMatchers(paths.matcher(HttpMethod.GET, "/api/session"))
                        .permitAll()
                        // The description itself (/api/docs) is for every signed-in user; its Swagger UI,
                        // which can send any request, for administrators.
                        .requestMatchers(swaggerUi(paths))
                        .hasAuthority(ADMIN_AUTHORITY)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        // A webapp session authenticating /api must keep its id: a new one would sign
                        // Tasklist out under the requests it has in flight.
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems.unauthorized()).accessDeniedHandler(problems.forbidden()))
                .addFilterBefore(new WebappSessionFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
                .addFilterAfter(new QueryExpressionFilter(problems, json), AuthorizationFilter.class)
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        swaggerUi(paths), new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY))));
        return http.build();
    }

    /** Where springdoc serves the UI for {@code springdoc.swagger-ui.path=/api/docs/ui}: the page and its files. */
    private static RequestMatcher swaggerUi(PathPatternRequestMatcher.Builder paths) {
        return new OrRequestMatcher(paths.matcher("/api/docs/ui"), paths.matcher("/api/docs/swagger-ui/**"));
    }

    @Bean
    RequestRejectedHandler requestRejected(ObjectMapper json) {
        return new ProblemResponses(json).rejected();
    }

    /**
     * Actuator: health and info for anyone (probes, load balancers); {@code /actuator/prometheus} for
     * administrators over HTTP Basic (Prometheus's {@code basic_auth}), stateless; everything else refused.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, ObjectMapper json) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var problems = new ProblemResponses(json);
        http.securityMatcher(paths.matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                paths.matcher("/actuator/health"),
                                paths.matcher("/actuator/health/**"),
                                paths.matcher("/actuator/info"))
                        .permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/actuator/prometheus"))
                        .hasAuthority(ADMIN_AUTHORITY)
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems.unauthorized()).accessDeniedHandler(problems.forbidden()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webappChain(HttpSecurity http, ObjectMapper json) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var problems = new ProblemResponses(json);
        http.authorizeHttpRequests(auth -> auth
                        // Admin's first-run setup is never needed (the administrator comes from the configuration)
                        // and in 7.24.0 it can create an administrator while camunda-admin has no direct member
                        // (CVE-2026-77226, fixed only in the enterprise 7.24.15).
                        .requestMatchers(paths.matcher("/camunda/api/admin/setup/**"))
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterAfter(new QueryExpressionFilter(problems, json), AuthorizationFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        // The webapps send their own policy (with a nonce); the report card's and the notices'
                        // pages are ours.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new OrRequestMatcher(paths.matcher("/report-card/**"), paths.matcher("/notices/**")),
                                new ContentSecurityPolicyHeaderWriter(REPORT_CARD_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                paths.matcher("/m/**"), new ContentSecurityPolicyHeaderWriter(MOBILE_POLICY))));
        return http.build();
    }
}
