package cn.qinglian.workflow.common.engine;

import cn.qinglian.workflow.common.error.ApiException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refused form (a return without a comment, a measure without a due date) must reach the user
 * as a 400 with the message, in Tasklist and over {@code /engine-rest}, not as a server error.
 */
public final class TaskErrors {

    private TaskErrors() {
    }

    public static void asBadRequest(Runnable step) {
        try {
            step.run();
        } catch (ApiException e) {
            String fields = e.problems().isEmpty() ? "" : "（" + String.join("、",
                    e.problems().stream().map(p -> p.field() + "：" + p.message()).toList()) + "）";
            throw new BadUserRequestException(e.getMessage() + fields, e);
        }
    }
}
