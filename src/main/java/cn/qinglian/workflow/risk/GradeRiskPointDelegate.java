package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.audit.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 风险定级: grades the point with the DMN decision and tells the process who must approve. */
@Component("gradeRiskPointDelegate")
class GradeRiskPointDelegate implements JavaDelegate {

    private final RiskService risks;

    GradeRiskPointDelegate(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RiskService.GradeResult result = risks.grade(RiskVariables.riskPointId(execution), TaskStep.of(execution));
        execution.setVariable(RiskProcess.VAR_GRADE, result.grade().name());
        execution.setVariable(RiskProcess.VAR_GRADE_LABEL, result.grade().label());
        execution.setVariable(RiskProcess.VAR_SUPERVISOR_APPROVAL, result.supervisorApproval());
    }
}
