package cn.qinglian.workflow.common.error;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * What the engine throws when someone else's transaction has just finished the task or the process
 * this request was working on: the task is gone, or its process's executions are. Both are a 409
 * to the user ("刷新后重试"), not a server error.
 */
public final class EngineConflicts {

    private static final Pattern TASK_GONE = Pattern.compile("Cannot find task with id");
    private static final Pattern EXECUTIONS_GONE =
            Pattern.compile("Cannot restore state of process instance .*list of executions is empty");

    private EngineConflicts() {}

    public static boolean taskGone(Throwable cause) {
        return cause instanceof ProcessEngineException
                && cause.getMessage() != null
                && TASK_GONE.matcher(cause.getMessage()).find();
    }

    public static boolean processGone(Throwable cause) {
        return cause instanceof ProcessEngineException
                && cause.getMessage() != null
                && EXECUTIONS_GONE.matcher(cause.getMessage()).find();
    }
}
