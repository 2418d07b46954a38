package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 登记风险点 from Tasklist's start form: records the point (validated as over REST), gives the
 * instance its business key, and keeps only ids and flags as variables. A process started by
 * {@code POST /api/risk-points} arrives registered and passes through: a direct start cannot carry
 * {@code riskPointId} (DirectStartGuard allows only the start form's fields there).
 */
@Component("riskRegistrationListener")
class RegistrationListener implements ExecutionListener {

    static final List<String> FORM_FIELDS = List.of(
            RiskProcess.VAR_UNIT_ID,
            RiskProcess.VAR_POST,
            RiskProcess.VAR_CATEGORY,
            RiskProcess.VAR_DESCRIPTION,
            RiskProcess.VAR_MANIFESTATION,
            RiskProcess.VAR_ENGINEERING,
            RiskProcess.VAR_FUNDS,
            RiskProcess.VAR_PROCUREMENT,
            RiskProcess.VAR_MAJOR_MATTERS,
            RiskProcess.VAR_LIKELIHOOD,
            RiskProcess.VAR_IMPACT);

    private final RiskService risks;

    RegistrationListener(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(RiskProcess.VAR_RISK_POINT_ID)) {
            return;
        }
        String initiator = RiskVariables.text(execution, RiskProcess.VAR_REGISTRANT);
        TaskErrors.asBadRequest(() -> {
            RiskService.Registered registered =
                    risks.registerFromStartForm(RiskVariables.registration(execution), initiator);
            execution.setProcessBusinessKey(registered.businessKey());
            execution.removeVariables(FORM_FIELDS);
            execution.setVariables(registered.variables());
        });
    }
}
