package cn.qinglian.workflow.common.camunda;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.engine.TaskPresentation;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

class TaskPresenterTest {

    @Test
    @SuppressWarnings("unchecked")
    void aPresentationThatFailsLeavesTheTaskAsModelledAndDoesNotFailTheStep() {
        TaskPresentation broken = mock(TaskPresentation.class);
        when(broken.processKey()).thenReturn("selfReview");
        when(broken.subject(any())).thenThrow(new IllegalStateException("register unavailable"));
        ObjectProvider<TaskPresentation> beans = mock(ObjectProvider.class);
        when(beans.orderedStream()).thenAnswer(i -> Stream.of(broken));
        ExecutionEntity execution = mock(ExecutionEntity.class, RETURNS_DEEP_STUBS);
        when(execution.getProcessDefinition().getKey()).thenReturn("selfReview");
        DelegateTask task = mock(DelegateTask.class);
        when(task.getName()).thenReturn("剖");
        when(task.getExecution()).thenReturn(execution);

        assertThatCode(() -> new TaskPresenter(beans, mock(AuditService.class)).notify(task))
                .doesNotThrowAnyException();
        verify(task, never()).setName(anyString());
    }
}
