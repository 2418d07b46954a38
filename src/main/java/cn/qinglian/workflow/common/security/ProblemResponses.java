package cn.qinglian.workflow.common.security;

import cn.qinglian.workflow.common.error.DatabaseFailures;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 (503 when the login check cannot reach the database) from the security filters, as the same problem+json the controllers give. */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException && DatabaseFailures.unreachable(e)) {
                write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.CODE, DatabaseFailures.DETAIL);
                return;
            }
            // Basic (not a browser dialog-suppressing scheme): REST clients expect it. A page's own script
            // (X-Requested-With) shows its own message and link to the login; a browser dialog would hide it.
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"qinglian\", charset=\"UTF-8\"");
            }
            write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "请先登录：用户名或密码错误，或未提供。");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) ->
                write(response, HttpStatus.FORBIDDEN, "forbidden", "您没有权限进行此操作。");
    }

    void forbidden(HttpServletResponse response, String code, String detail) throws IOException {
        write(response, HttpStatus.FORBIDDEN, code, detail);
    }

    private void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:qinglian:problem:" + code);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("code", code);
        // Camunda's webapps show `message`.
        body.put("message", detail);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
