package cn.qinglian.workflow.common.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user signed in to Tasklist/Cockpit call {@code /api} with the webapp's session, so
 * plugins need no second login. Writes must carry the webapp's CSRF token (X-XSRF-TOKEN),
 * as the webapps' own API does.
 */
class WebappSessionFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && SecurityContextHolder.getContext().getAuthentication() == null && csrfOk(request, session)) {
            Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
            if (auths != null && auths.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(CamundaAuthenticationProvider.authenticated(
                        new CurrentUser(user.getName(), user.getGroupIds())));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean csrfOk(HttpServletRequest request, HttpSession session) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token != null && token.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
    }
}
