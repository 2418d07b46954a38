package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.engine.TaskPresentation;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The list's tasks say whose and what, most specific first and at most two: a unit's item task "unit ·
 * item", a unit's task "unit · list", the office's "list" — enough to tell forty apart in one column.
 */
@Component
class TaskListTaskPresentation implements TaskPresentation {

    @Override
    public String processKey() {
        return TaskListProcess.PROCESS_KEY;
    }

    @Override
    public String subject(DelegateTask task) {
        return Stream.of(TaskListProcess.VAR_UNIT_NAME, TaskListProcess.VAR_ITEM_TITLE, TaskListProcess.VAR_TITLE)
                .map(task::getVariable)
                .filter(Objects::nonNull)
                .map(Object::toString)
                .filter(s -> !s.isBlank())
                .limit(2)
                .collect(Collectors.joining(" · "));
    }
}
