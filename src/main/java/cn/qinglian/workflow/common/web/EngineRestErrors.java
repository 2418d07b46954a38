package cn.qinglian.workflow.common.web;

import cn.qinglian.workflow.common.camunda.AuthorizationBypass;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.DatabaseFailures;
import cn.qinglian.workflow.common.error.EngineConflicts;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.DataTruncation;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine wraps whatever a task listener throws, so a form our handler refused (a return
 * without a comment) would reach Tasklist and {@code /engine-rest} as a 500. These mappers find the
 * refusal inside and answer it as problem+json — {@code code}, a Chinese {@code detail}, and the same
 * text as {@code message}, which Camunda's webapps show. Bad variables Camunda itself rejects (a wrong
 * type, a Java-serialized object), a task someone else has just completed and a database that cannot
 * be reached (503, as on {@code /api}) get the same shape; every other error goes to Camunda's own
 * handler. Jersey discovers this class through META-INF/services, so it applies to every Camunda REST
 * application: {@code /engine-rest} and the API Tasklist itself calls ({@code /camunda/api/engine}).
 */
public class EngineRestErrors implements ForcedAutoDiscoverable {

    private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern TASK_ACTION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)/?$");
    private static final Pattern JAVA_SERIALIZATION = Pattern.compile("ENGINE-17007");

    @Override
    public void configure(FeatureContext context) {
        context.register(EngineRefusals.class)
                .register(EngineFailures.class)
                .register(RestRefusals.class)
                .register(UnreadableJson.class)
                .register(MismatchedJson.class);
    }

    /** Thrown by the engine directly (e.g. submitting a start form). */
    @Priority(1)
    public static class EngineRefusals implements ExceptionMapper<ProcessEngineException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return refusalOrDefault(exception, uri);
        }
    }

    /**
     * Anything else the engine throws, e.g. a NullPointerException inside it when the other of two
     * simultaneous completions removed the execution first.
     */
    @Priority(1)
    public static class EngineFailures implements ExceptionMapper<RuntimeException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(RuntimeException exception) {
            return refusalOrDefault(exception, uri);
        }
    }

    /** Camunda's task resource re-throws engine errors as a 500 RestException, bad variables as a 400. */
    @Priority(1)
    public static class RestRefusals implements ExceptionMapper<RestException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(RestException exception) {
            Response refusal = refusal(exception);
            if (refusal == null
                    && exception.getStatus() != null
                    && exception.getStatus().getFamily() == Response.Status.Family.CLIENT_ERROR) {
                log.info("Refused an engine REST request: {}", exception.getMessage());
                return switch (exception.getStatus().getStatusCode()) {
                    case 403 -> problem(403, "forbidden", "您没有权限进行此操作，未做任何更改。");
                    case 404 -> problem(404, "not-found", "未找到要操作的对象（或您无权查看它），未做任何更改。");
                    default ->
                        problem(exception.getStatus().getStatusCode(), "bad-request", "提交的数据有误（变量类型或取值不正确），未做任何更改。");
                };
            }
            return refusal != null ? refusal : refusalOrDefault(exception, uri);
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Priority(1)
    public static class UnreadableJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return unreadable();
        }
    }

    /** JSON of the wrong shape (a list where an object belongs). */
    @Priority(1)
    public static class MismatchedJson implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            return unreadable();
        }
    }

    private static Response unreadable() {
        return problem(400, "bad-request", "请求内容不是有效的 JSON 或结构不符，未做任何更改。");
    }

    static Response refusalOrDefault(Throwable exception, UriInfo uri) {
        Response refusal = refusal(exception);
        if (refusal != null) {
            return refusal;
        }
        // Also for a refused authorization: the winner's completion removes the task's authorizations first.
        if (taskGoneMeanwhile(uri)) {
            log.info("Completing a task someone else has just completed: {}", exception.toString());
            return problem(409, "task-not-found", "该任务已不存在：可能刚被他人办理，请刷新后重试。");
        }
        if (causedBy(exception, AuthorizationException.class)) {
            log.info("Refused by the engine's authorizations: {}", exception.getMessage());
            return problem(403, "forbidden", "您没有权限进行此操作，未做任何更改。");
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A failed completion of a task that no longer exists: someone else's completion won the race. */
    private static boolean taskGoneMeanwhile(UriInfo uri) {
        if (uri == null) {
            return false;
        }
        Matcher task = TASK_ACTION.matcher(uri.getPath());
        if (!task.find()) {
            return false;
        }
        String taskId = task.group(1);
        try {
            ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl)
                    EngineUtil.lookupProcessEngine(null).getProcessEngineConfiguration();
            // Whether the task exists at all, not whether this user may see it.
            return !AuthorizationBypass.taskExists(engine, taskId);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Response refusal(Throwable exception) {
        if (DatabaseFailures.unreachable(exception)) {
            // as /api answers it: try again later, nothing was changed (Camunda's own handler says 500 with the
            // driver's text)
            log.error("Database unreachable: {}", exception.getMessage());
            return problem(503, DatabaseFailures.CODE, DatabaseFailures.DETAIL);
        }
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (cause instanceof OptimisticLockingException) {
                return problem(409, "concurrent-update", "该事项刚被他人处理，请刷新后重试。");
            }
            if (cause instanceof BadUserRequestException refusal) {
                String message = refusal.getMessage();
                if (message == null || !CHINESE.matcher(message).find()) {
                    log.info("Refused an engine request: {}", message);
                    message = "提交的数据有误，未做任何更改。";
                }
                return problem(400, "validation", message);
            }
            if (cause instanceof ApiException api) {
                return problem(api.status().value(), api.code(), api.getMessage());
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (EngineConflicts.processGone(cause)) {
                return problem(409, "concurrent-update", "该事项刚被他人处理，请刷新后重试。");
            }
            if (EngineConflicts.taskGone(cause)) {
                return problem(409, "task-not-found", "该任务已不存在：可能刚被他人办理，请刷新后重试。");
            }
            if (cause instanceof ProcessEngineException
                    && JAVA_SERIALIZATION.matcher(message).find()) {
                return problem(400, "validation", "不接受 Java 序列化的变量，请以字符串、数字、布尔值或 JSON 提交。");
            }
            if (cause instanceof SQLDataException || cause instanceof DataTruncation) {
                log.info("Refused a value the database cannot hold: {}", message);
                return problem(400, "validation", "填写的内容过长或格式不符合要求，未做任何更改。");
            }
        }
        return null;
    }

    /**
     * The cause, or for a batch that failed (H2 reports a value too long for its column so) the
     * statement's own exception, so that H2 and MySQL give the same answer.
     */
    private static Throwable next(Throwable cause) {
        if (cause.getCause() == null && cause instanceof SQLException sql && sql.getNextException() != cause) {
            return sql.getNextException();
        }
        return cause.getCause();
    }

    private static Response problem(int status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:qinglian:problem:" + code);
        body.put(
                "title",
                Response.Status.fromStatusCode(status) == null
                        ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase());
        body.put("status", status);
        body.put("code", code);
        body.put("detail", detail);
        body.put("message", detail);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
