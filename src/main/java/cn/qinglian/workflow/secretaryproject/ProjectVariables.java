package cn.qinglian.workflow.secretaryproject;

import static cn.qinglian.workflow.secretaryproject.ProjectProcess.*;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.org.OrgIds;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the forms of processes/secretary-project.bpmn (fixed slots for milestones, team and panel). */
final class ProjectVariables {

    private ProjectVariables() {}

    static long projectId(VariableScope scope) {
        return ProcessVariables.id(scope, VAR_PROJECT_ID);
    }

    /** The proposal's fields, as the start and revise forms send them. */
    static List<String> proposalFields() {
        List<String> names = new ArrayList<>(
                List.of(VAR_TITLE, VAR_PROBLEM, VAR_BUSINESS_WORK, VAR_GOALS, VAR_MEASURES, VAR_EXPECTED_RESULTS));
        for (int i = 1; i <= MILESTONE_SLOTS; i++) {
            names.add(milestoneTitle(i));
            names.add(milestoneDue(i));
        }
        for (int i = 1; i <= TEAM_SLOTS; i++) {
            names.add(teamMember(i));
        }
        return names;
    }

    /**
     * The proposal's fields that live only in the ledger. The title stays a process variable: it names the
     * project in 我发起的 and the engine's history, and is no secret.
     */
    static List<String> proposalCopies() {
        List<String> names = new ArrayList<>(proposalFields());
        names.remove(VAR_TITLE);
        return names;
    }

    static List<String> reportFields() {
        return List.of(VAR_MILESTONE, VAR_MILESTONE_DONE, VAR_PERCENT, VAR_PROGRESS);
    }

    static List<String> panelFields() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= JUDGE_SLOTS; i++) {
            names.add(judgeSlot(i));
        }
        return names;
    }

    static List<String> scoreFields() {
        return List.of(VAR_SCORE_TOPIC, VAR_SCORE_MEASURES, VAR_SCORE_RESULTS, VAR_SCORE_DEMONSTRATION);
    }

    /** The fields each user step's form submits. */
    static List<String> formFields(String stepId) {
        return switch (stepId) {
            case TASK_OFFICE_CHECK, TASK_PARTY_GROUP_APPROVAL -> List.of(VAR_APPROVED, VAR_COMMENT);
            case TASK_REVISE -> {
                List<String> names = new ArrayList<>(proposalFields());
                names.add(VAR_WITHDRAWN);
                yield names;
            }
            case TASK_REPORT -> {
                List<String> names = new ArrayList<>(reportFields());
                names.add(VAR_CONCLUDE);
                yield names;
            }
            case TASK_SELF_ASSESS -> List.of(VAR_SELF_ASSESSMENT);
            case TASK_NAME_PANEL -> panelFields();
            case TASK_SCORE -> {
                List<String> names = new ArrayList<>(scoreFields());
                names.add(VAR_COMMENT);
                yield names;
            }
            case TASK_CONFIRM_GRADE -> List.of(VAR_DEMONSTRATION);
            default -> List.of();
        };
    }

    static ProjectProposal proposal(VariableScope scope) {
        List<ProjectProposal.Milestone> milestones = new ArrayList<>();
        for (int i = 1; i <= MILESTONE_SLOTS; i++) {
            String title = ProcessVariables.filled(scope, milestoneTitle(i));
            String due = ProcessVariables.filled(scope, milestoneDue(i));
            if (title != null || due != null) {
                milestones.add(new ProjectProposal.Milestone(title, ProcessVariables.date(due)));
            }
        }
        List<String> team = new ArrayList<>();
        for (int i = 1; i <= TEAM_SLOTS; i++) {
            String member = OrgIds.chosen(ProcessVariables.filled(scope, teamMember(i)));
            if (member != null) {
                team.add(member);
            }
        }
        return new ProjectProposal(
                ProcessVariables.filled(scope, VAR_TITLE),
                ProcessVariables.filled(scope, VAR_PROBLEM),
                ProcessVariables.filled(scope, VAR_BUSINESS_WORK),
                ProcessVariables.filled(scope, VAR_GOALS),
                ProcessVariables.filled(scope, VAR_MEASURES),
                ProcessVariables.filled(scope, VAR_EXPECTED_RESULTS),
                milestones,
                team,
                null);
    }

    static ProgressReport report(VariableScope scope) {
        return new ProgressReport(
                ProcessVariables.integer(scope, VAR_MILESTONE),
                ProcessVariables.flag(scope, VAR_MILESTONE_DONE),
                ProcessVariables.integer(scope, VAR_PERCENT),
                ProcessVariables.text(scope, VAR_PROGRESS));
    }

    /** The judges named in the panel form's slots, ids as picked; empty slots are null. */
    static List<String> judges(VariableScope scope) {
        List<String> judges = new ArrayList<>();
        for (int i = 1; i <= JUDGE_SLOTS; i++) {
            judges.add(OrgIds.chosen(ProcessVariables.filled(scope, judgeSlot(i))));
        }
        return judges;
    }

    static ScoreSheet scores(VariableScope scope) {
        return new ScoreSheet(
                ProcessVariables.integer(scope, VAR_SCORE_TOPIC),
                ProcessVariables.integer(scope, VAR_SCORE_MEASURES),
                ProcessVariables.integer(scope, VAR_SCORE_RESULTS),
                ProcessVariables.integer(scope, VAR_SCORE_DEMONSTRATION),
                ProcessVariables.text(scope, VAR_COMMENT));
    }
}
