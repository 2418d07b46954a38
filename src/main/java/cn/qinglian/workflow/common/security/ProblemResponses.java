package cn.qinglian.workflow.common.security;

import cn.qinglian.workflow.common.error.DatabaseFailures;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** 401 and 403 (503 when the login check cannot reach the database) from the security filters, as the same problem+json the controllers give. */
final class ProblemResponses {

    /** The methods Spring Security's StrictHttpFirewall lets through by default. */
    private static final List<String> ALLOWED_METHODS =
            List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

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
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "您没有权限进行此操作。");
    }

    /**
     * What Spring Security's firewall refuses before any filter: a method it does not allow (TRACE …) is a
     * 405 naming the allowed ones, an unnormalised or encoded path a 400 — both problem+json, not an empty body.
     */
    RequestRejectedHandler rejected() {
        return (request, response, e) -> {
            if (!ALLOWED_METHODS.contains(request.getMethod())) {
                response.setHeader("Allow", String.join(", ", ALLOWED_METHODS));
                write(response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持该请求方法。");
                return;
            }
            write(response, HttpStatus.BAD_REQUEST, "bad-request", "请求地址的格式不被接受（如含“//”“;”或编码的分隔符），未做任何更改。");
        };
    }

    void forbidden(HttpServletResponse response, String code, String detail) throws IOException {
        write(response, HttpStatus.FORBIDDEN, code, detail);
    }

    void refuse(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        write(response, status, code, detail);
    }

    private void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
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
