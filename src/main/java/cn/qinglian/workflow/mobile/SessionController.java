package cn.qinglian.workflow.mobile;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.WebappSession;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "在本机记住我" on a personal phone: the webapp session the person signed in with lasts
 * {@code qinglian.mobile.remember-for} (30 days by default) without use, and its cookie outlives the
 * in-app browser being closed. Nothing else is stored: signing out, or a restart of the server, ends it.
 */
@Tag(name = "会话", description = "掌上办的登录状态、CSRF 令牌与“记住我”")
@RestController
class SessionController {

    private final Duration rememberFor;

    SessionController(@Value("${qinglian.mobile.remember-for:P30D}") Duration rememberFor) {
        this.rememberFor = rememberFor;
    }

    record Remembered(String userId, long days) {}

    /** Who is signed in on this session (null: no one) and its CSRF token (null: the session has none yet). */
    record SessionView(String userId, String xsrfToken) {}

    /**
     * Open to anyone, same-origin: a page reloaded on a phone learns whether it is signed in and the token
     * its writes need (the webapps hand the token out only once per session, and its cookie is theirs).
     */
    @Operation(summary = "当前会话（是否已登录及 CSRF 令牌）")
    @GetMapping("/api/session")
    ResponseEntity<SessionView> session(HttpServletRequest request) {
        SessionView view = new SessionView(
                WebappSession.user(request).map(CurrentUser::userId).orElse(null),
                WebappSession.csrfToken(request).orElse(null));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
    }

    @Operation(summary = "记住我（延长网页会话）")
    @PostMapping("/api/session/remember")
    ResponseEntity<Remembered> remember(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            throw ApiException.conflict("no-session", "只有在网页中登录后才能记住本机（HTTP Basic 没有可保留的会话）。");
        }
        session.setMaxInactiveInterval((int) rememberFor.toSeconds());
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String path = config.getPath() != null
                ? config.getPath()
                : request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(
                        config.getName() != null ? config.getName() : "JSESSIONID", session.getId())
                .path(path)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(rememberFor)
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .body(new Remembered(user.userId(), rememberFor.toDays()));
    }
}
