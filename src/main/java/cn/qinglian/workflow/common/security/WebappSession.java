package cn.qinglian.workflow.common.security;

import cn.qinglian.workflow.common.camunda.WebappSessions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** What a page of the app's own (not a Camunda webapp) may learn of the webapp session it runs in. */
public final class WebappSession {

    private WebappSession() {}

    /** The user signed in on this request's session, if any. */
    public static Optional<CurrentUser> user(HttpServletRequest request) {
        return WebappSessions.signedIn(request);
    }

    /** The session's CSRF token, which every write must carry. */
    public static Optional<String> csrfToken(HttpServletRequest request) {
        return WebappSessions.csrfToken(request);
    }
}
