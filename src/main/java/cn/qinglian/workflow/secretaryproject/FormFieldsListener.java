package cn.qinglian.workflow.secretaryproject;

import static cn.qinglian.workflow.secretaryproject.ProjectProcess.*;

import cn.qinglian.workflow.secretaryproject.ProjectRecords.MilestoneRow;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.TeamMember;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Sets a new task's form fields on the task's own execution before anyone opens it: empty, so a second
 * review does not open with the first one's answer and judges scoring at once each write their own
 * instance's variables; for 修改项目, the proposal as it stands, so a return means editing, not retyping.
 * On the execution, not the task: Tasklist's submit and {@code /engine-rest}'s complete both write there.
 */
@Component("secretaryProjectFormFields")
class FormFieldsListener implements TaskListener {

    private final ProjectQueries ledger;

    FormFieldsListener(ProjectQueries ledger) {
        this.ledger = ledger;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> fields = new HashMap<>();
        ProjectVariables.formFields(task.getTaskDefinitionKey()).forEach(name -> fields.put(name, null));
        if (TASK_REVISE.equals(task.getTaskDefinitionKey())) {
            fields.putAll(proposalAsEntered(ledger.describe(ledger.project(ProjectVariables.projectId(task)))));
            fields.put(VAR_WITHDRAWN, false);
        }
        task.getExecution().setVariablesLocal(fields);
    }

    private static Map<String, Object> proposalAsEntered(ProjectDetail detail) {
        Project p = detail.project();
        Map<String, Object> fields = new HashMap<>();
        fields.put(VAR_TITLE, p.title());
        fields.put(VAR_PROBLEM, p.problem());
        fields.put(VAR_BUSINESS_WORK, p.businessWork());
        fields.put(VAR_GOALS, p.goals());
        fields.put(VAR_MEASURES, p.measures());
        fields.put(VAR_EXPECTED_RESULTS, p.expectedResults());
        List<MilestoneRow> milestones = detail.milestones();
        for (int i = 1; i <= MILESTONE_SLOTS; i++) {
            MilestoneRow m = i <= milestones.size() ? milestones.get(i - 1) : null;
            fields.put(milestoneTitle(i), m == null ? null : m.title());
            fields.put(milestoneDue(i), m == null ? null : m.dueDate().toString());
        }
        List<TeamMember> team = detail.team();
        for (int i = 1; i <= TEAM_SLOTS; i++) {
            TeamMember t = i <= team.size() ? team.get(i - 1) : null;
            fields.put(teamMember(i), t == null ? null : t.name() + "（" + t.personId() + "）");
        }
        return fields;
    }
}
