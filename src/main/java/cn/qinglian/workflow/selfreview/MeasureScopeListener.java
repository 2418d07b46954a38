package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * One measure's 整改销号 begins: its text and due date, and its own report and decision variables,
 * declared locally so that parallel measures of one review do not overwrite each other.
 */
@Component("selfReviewMeasureScopeListener")
class MeasureScopeListener implements ExecutionListener {

    private final ReviewService reviews;

    MeasureScopeListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(SelfReviewProcess.VAR_MEASURE_ID) == null) {
            return; // the multi-instance body itself, not one measure
        }
        ReviewMeasure measure = reviews.measure(ProcessVariables.id(execution, SelfReviewProcess.VAR_MEASURE_ID));
        execution.setVariableLocal(SelfReviewProcess.VAR_MEASURE_CONTENT, measure.title() + "：" + measure.content());
        execution.setVariableLocal(
                SelfReviewProcess.VAR_MEASURE_DUE,
                measure.dueDate() == null ? null : ChinaTime.endOf(measure.dueDate()));
        execution.setVariableLocal(SelfReviewProcess.VAR_REPORT, null);
        execution.setVariableLocal(SelfReviewProcess.VAR_CONFIRMED, null);
        execution.setVariableLocal(SelfReviewProcess.VAR_CONFIRM_COMMENT, null);
    }
}
