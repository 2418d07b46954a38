package cn.qinglian.workflow.common.engine;

import java.util.List;
import java.util.Optional;

/**
 * Files a user task takes (佐证材料), as its feature describes them to the task's page: where they are
 * uploaded (multipart, field {@code file}), what is accepted, and what is attached now.
 */
public record TaskFiles(String label, String uploadUrl, List<String> types, long maxBytes, List<String> attached) {

    public TaskFiles {
        types = List.copyOf(types);
        attached = List.copyOf(attached);
    }

    /** A feature whose steps take files; asked for an open task of its process. */
    public interface Source {

        String processKey();

        /** The files of this open task's step, if its step takes any. */
        Optional<TaskFiles> filesOf(String taskId, String stepId, String executionId);
    }
}
