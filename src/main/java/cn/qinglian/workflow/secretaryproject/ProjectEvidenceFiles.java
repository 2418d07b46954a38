package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.engine.TaskFiles;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** 报告进展 takes 佐证材料: the files uploaded while it is open join the report it sends. */
@Component
class ProjectEvidenceFiles implements TaskFiles.Source {

    private final RuntimeService runtime;
    private final ProjectMapper mapper;
    private final ProjectProperties properties;
    private final SystemAuthentication system;

    ProjectEvidenceFiles(
            RuntimeService runtime, ProjectMapper mapper, ProjectProperties properties, SystemAuthentication system) {
        this.runtime = runtime;
        this.mapper = mapper;
        this.properties = properties;
        this.system = system;
    }

    @Override
    public String processKey() {
        return ProjectProcess.PROCESS_KEY;
    }

    @Override
    public Optional<TaskFiles> filesOf(String taskId, String stepId, String executionId) {
        if (!ProjectProcess.TASK_REPORT.equals(stepId)) {
            return Optional.empty();
        }
        Object projectId = system.call(() -> runtime.getVariable(executionId, ProjectProcess.VAR_PROJECT_ID));
        if (!(projectId instanceof Number id)) {
            return Optional.empty();
        }
        return Optional.of(new TaskFiles(
                "佐证材料",
                "/api/secretary-projects/" + id.longValue() + "/evidence",
                properties.evidenceTypes(),
                properties.evidenceMaxSize().toBytes(),
                mapper.findEvidence(id.longValue()).stream()
                        .filter(e -> e.reportId() == null)
                        .map(ProjectRecords.Evidence::fileName)
                        .toList()));
    }
}
