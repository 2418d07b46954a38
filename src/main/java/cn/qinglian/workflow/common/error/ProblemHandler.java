package cn.qinglian.workflow.common.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.DataTruncation;
import java.sql.SQLDataException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the app's own {@code /api} as RFC 7807 problem+json: a stable {@code code},
 * a Chinese {@code detail} a user can act on, the fields at fault, never a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return respond(problem(e.status(), e.code(), e.getMessage(), e.problems()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<FieldProblem> problems = e.getConstraintViolations().stream()
                .map(v -> FieldProblem.of(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(problem(HttpStatus.BAD_REQUEST, "validation", "请求内容有误，请按提示修改后重试。", problems));
    }

    @ExceptionHandler({DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        log.info("Refused a duplicate: {}", e.getMostSpecificCause().getMessage());
        return respond(problem(HttpStatus.CONFLICT, "duplicate", "记录已存在，未重复创建。", List.of()));
    }

    /** A text longer than its column (a 100,000-character opinion): the user's to shorten, not a server error. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> tooLong(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLDataException || cause instanceof DataTruncation) {
                log.info("Refused a value the database cannot hold: {}", cause.getMessage());
                return respond(problem(HttpStatus.BAD_REQUEST, "validation", "填写的内容过长或格式不符合要求，未做任何更改。", List.of()));
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> concurrent(OptimisticLockingException e) {
        return respond(problem(HttpStatus.CONFLICT, "concurrent-update", "该事项刚被他人处理，请刷新后重试。", List.of()));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ProblemDetail> engineDenied(AuthorizationException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "您没有权限进行此操作。", List.of()));
    }

    /** A task handler refused a form while /api completed the task: answer with the handler's own problem. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ProblemDetail> engine(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api);
            }
            if (EngineConflicts.processGone(cause)) {
                return concurrent(null);
            }
            if (EngineConflicts.taskGone(cause)) {
                return respond(problem(HttpStatus.CONFLICT, "task-not-found", "该任务已不存在：可能刚被他人办理，请刷新后重试。", List.of()));
            }
        }
        if (DatabaseFailures.unreachable(e)) {
            return databaseDown(e);
        }
        if (e instanceof BadUserRequestException) {
            return respond(problem(HttpStatus.BAD_REQUEST, "validation", e.getMessage(), List.of()));
        }
        return unexpected(e);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseDown(Exception e) {
        log.error("Database unreachable: {}", e.getMessage());
        return respond(
                problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.CODE, DatabaseFailures.DETAIL, List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "validation", "请求内容有误，请按提示修改后重试。", problems));
    }

    /** A body that does not parse: name the field whose value has the wrong type, where Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = List.of();
        if (e.getCause() instanceof JsonMappingException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            problems = List.of(FieldProblem.of(field, "取值类型或格式不正确"));
        }
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式有误（缺少参数、类型不符或内容无法解析），未做任何更改。", problems));
    }

    /** Spring's own 4xx (unreadable body, wrong type, missing part …) keep their status, in Chinese. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("Request failed", e);
        }
        ProblemDetail problem =
                problem(HttpStatus.valueOf(status.value()), codeFor(status), messageFor(status), List.of());
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A multipart body that does not parse is the sender's fault, not the server's. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        log.info("Unreadable multipart request: {}", e.getMessage());
        return respond(problem(HttpStatus.BAD_REQUEST, "bad-request", "上传的内容无法解析，未做任何更改。", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseFailures.unreachable(e)) {
            return databaseDown(e);
        }
        log.error("Unexpected error", e);
        return respond(
                problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "系统内部错误，本次操作未做任何更改；请联系管理员。", List.of()));
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("urn:qinglian:problem:" + code));
        problem.setProperty("code", code);
        if (!problems.isEmpty()) {
            problem.setProperty("errors", problems);
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "file-too-large";
            case 415 -> "unsupported-media-type";
            default -> status.is4xxClientError() ? "client-error" : "internal-error";
        };
    }

    private static String messageFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "请求格式有误（缺少参数、类型不符或内容无法解析），未做任何更改。";
            case 404 -> "请求的地址不存在。";
            case 405 -> "不支持该请求方法。";
            case 406 -> "无法以所请求的格式返回结果。";
            case 413 -> "上传的文件过大（单个文件不超过 10MB），未做任何更改。";
            case 415 -> "不支持该内容类型。";
            default -> status.is4xxClientError() ? "请求有误，未做任何更改。" : "系统内部错误，请联系管理员。";
        };
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
