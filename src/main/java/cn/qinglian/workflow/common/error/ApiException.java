package cn.qinglian.workflow.common.error;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal a user can act on: an HTTP status, a stable error code and a Chinese message.
 * Thrown by services; turned into RFC 7807 problem+json by {@link ProblemHandler}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient List<FieldProblem> problems;

    public ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, List.of());
    }

    public ApiException(HttpStatus status, String code, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(HttpStatus.NOT_FOUND, code, message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(HttpStatus.CONFLICT, code, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", message);
    }

    public static ApiException invalid(String code, String message, List<FieldProblem> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, message, problems);
    }

    public static ApiException invalidField(String field, String message) {
        return invalid("validation", message, List.of(FieldProblem.of(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
