package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 报告整改完成 and 支部书记销号 completed: the report, then 销号 or 继续整改. */
@Component("selfReviewMeasureListener")
class MeasureListener implements TaskListener {

    private final ReviewService reviews;

    MeasureListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        long measureId = ProcessVariables.id(task, SelfReviewProcess.VAR_MEASURE_ID);
        TaskStep step = TaskStep.of(task);
        if (SelfReviewProcess.TASK_REPORT_MEASURE.equals(task.getTaskDefinitionKey())) {
            TaskErrors.asBadRequest(() ->
                    reviews.reportMeasure(measureId, step, ProcessVariables.text(task, SelfReviewProcess.VAR_REPORT)));
        } else {
            TaskErrors.asBadRequest(() -> reviews.confirmMeasure(
                    measureId,
                    step,
                    ProcessVariables.answer(task, SelfReviewProcess.VAR_CONFIRMED),
                    ProcessVariables.text(task, SelfReviewProcess.VAR_CONFIRM_COMMENT)));
        }
    }
}
