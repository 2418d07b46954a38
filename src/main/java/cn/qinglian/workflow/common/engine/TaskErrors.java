package cn.qinglian.workflow.common.engine;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refused form (a return without a comment, a measure without a due date) must reach the user
 * as a 400 with the message, in Tasklist and over {@code /engine-rest}, not as a server error.
 */
public final class TaskErrors {

    private TaskErrors() {}

    public static void asBadRequest(Runnable step) {
        try {
            step.run();
        } catch (ApiException e) {
            throw new BadUserRequestException(message(e), e);
        }
    }

    /**
     * What a person reads in Tasklist: each problem once, in Chinese — each already names its field
     * ("第 1 项措施须指定责任人"), so no variable path ({@code measures[0].ownerId}) is added.
     */
    static String message(ApiException e) {
        String main = e.getMessage() == null ? "" : e.getMessage();
        Set<String> messages = new LinkedHashSet<>();
        if (!main.isBlank()) {
            messages.add(main);
        }
        e.problems().stream()
                .map(FieldProblem::message)
                .filter(m -> m != null && !m.isBlank() && !main.contains(m))
                .forEach(messages::add);
        return String.join("；", messages);
    }
}
