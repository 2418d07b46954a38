package cn.qinglian.workflow.common.camunda;

import cn.qinglian.workflow.common.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Who is signed in to the webapps (Tasklist, Cockpit, Admin) on this request's session, read from
 * the webapps' own session attributes; for a write, only with the webapps' CSRF token.
 */
public final class WebappSessions {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String ENGINE = "default";

    private WebappSessions() {}

    /** The user with id and groups as the webapp's login resolved them. */
    public static Optional<CurrentUser> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !csrfOk(request, session)) {
            return Optional.empty();
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        if (auths != null && auths.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
            return Optional.of(new CurrentUser(user.getName(), List.copyOf(user.getGroupIds())));
        }
        return Optional.empty();
    }

    /**
     * The webapps' CSRF token of this request's session, if it has one. Its cookie is scoped to
     * /camunda, so a page of ours (掌上办) asks for it here, same-origin only.
     */
    public static Optional<String> csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((String) session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME));
    }

    private static boolean csrfOk(HttpServletRequest request, HttpSession session) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token != null && token.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
    }
}
