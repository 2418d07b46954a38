package cn.qinglian.workflow.common.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * The engine wraps whatever a task listener throws, so a form our handler refused (a return
 * without a comment) would reach Tasklist and {@code /engine-rest} as a 500. These mappers find the
 * refusal inside and answer 400 with its message; everything else goes to Camunda's own handler.
 * Jersey discovers this class through META-INF/services, so it applies to every Camunda REST
 * application: {@code /engine-rest} and the API Tasklist itself calls ({@code /camunda/api/engine}).
 */
public class EngineRestErrors implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        context.register(EngineRefusals.class).register(RestRefusals.class);
    }

    /** Thrown by the engine directly (e.g. submitting a start form). */
    @Priority(1)
    public static class EngineRefusals implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return refusalOrDefault(exception);
        }
    }

    /** Camunda's task resource re-throws engine errors as a 500 RestException. */
    @Priority(1)
    public static class RestRefusals implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return refusalOrDefault(exception);
        }
    }

    static Response refusalOrDefault(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException refusal) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "BadUserRequestException", "message", refusal.getMessage()))
                        .build();
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
}
