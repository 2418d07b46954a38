package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.engine.TaskFiles;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** 落实措施并报告 takes the measure's 佐证材料: the task's page offers the upload that the register keeps. */
@Component
class RiskEvidenceFiles implements TaskFiles.Source {

    private final RuntimeService runtime;
    private final RiskMapper mapper;
    private final RiskProperties properties;
    private final SystemAuthentication system;

    RiskEvidenceFiles(
            RuntimeService runtime, RiskMapper mapper, RiskProperties properties, SystemAuthentication system) {
        this.runtime = runtime;
        this.mapper = mapper;
        this.properties = properties;
        this.system = system;
    }

    @Override
    public String processKey() {
        return RiskProcess.PROCESS_KEY;
    }

    @Override
    public Optional<TaskFiles> filesOf(String taskId, String stepId, String executionId) {
        if (!RiskProcess.TASK_REPORT_MEASURE.equals(stepId)) {
            return Optional.empty();
        }
        Object measureId = system.call(() -> runtime.getVariable(executionId, RiskProcess.VAR_MEASURE_ID));
        RiskMeasure measure = measureId instanceof Number id ? mapper.findMeasure(id.longValue()) : null;
        if (measure == null) {
            return Optional.empty();
        }
        return Optional.of(new TaskFiles(
                "佐证材料",
                "/api/risk-points/" + measure.riskPointId() + "/measures/" + measure.id() + "/evidence",
                properties.evidenceTypes(),
                properties.evidenceMaxSize().toBytes(),
                measure.evidenceName() == null ? List.of() : List.of(measure.evidenceName())));
    }
}
