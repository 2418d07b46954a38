package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids, message names and variables of processes/risk-rectification.bpmn and risk-level.dmn. */
public final class RiskProcess {

    public static final String PROCESS_KEY = "riskRectification";
    public static final String DECISION_KEY = "riskLevel";
    public static final String BUSINESS_KEY_PREFIX = "risk-";

    public static final String TASK_GRADE = "serviceTask_grade";
    public static final String TASK_SET_MEASURES = "userTask_setMeasures";
    public static final String TASK_HEAD_APPROVAL = "userTask_headApproval";
    public static final String TASK_SUPERVISOR_APPROVAL = "userTask_supervisorApproval";
    public static final String TASK_REPORT_MEASURE = "userTask_reportMeasure";
    public static final String TASK_VERIFY = "userTask_verify";
    public static final String TASK_RE_REVIEW = "userTask_reReview";
    public static final String TIMER_RE_REVIEW = "timer_reReview";
    public static final String TIMER_DUE_DATES = "timer_dueDates";
    public static final String TASK_REMIND = "serviceTask_remind";
    public static final String END_RETIRED = "endEvent_retired";

    public static final String VAR_RISK_POINT_ID = "riskPointId";
    public static final String VAR_REGISTRANT = "registrant";
    public static final String VAR_UNIT_HEAD = "unitHead";
    public static final String VAR_SUPERVISOR = "supervisor";
    public static final String VAR_INSPECTOR = "inspector";
    public static final String VAR_GRADE = "grade";
    public static final String VAR_GRADE_LABEL = "gradeLabel";
    public static final String VAR_SUPERVISOR_APPROVAL = "supervisorApproval";
    public static final String VAR_MEASURES = "measures";
    public static final String VAR_MEASURE_ID = "measureId";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_REPORT = "report";
    public static final String VAR_EFFECTIVE = "effective";
    public static final String VAR_FINDING = "finding";
    public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
    public static final String VAR_LIKELIHOOD = "likelihood";
    public static final String VAR_IMPACT = "impact";
    public static final String VAR_REVIEW_INTERVAL = "reviewInterval";
    /** The registration form's fields (risk-register.form), read when the start event ends. */
    public static final String VAR_UNIT_ID = "unitId";

    public static final String VAR_POST = "post";
    public static final String VAR_CATEGORY = "category";
    public static final String VAR_DESCRIPTION = "description";
    public static final String VAR_MANIFESTATION = "manifestation";
    public static final String VAR_ENGINEERING = "engineering";
    public static final String VAR_FUNDS = "funds";
    public static final String VAR_PROCUREMENT = "procurement";
    public static final String VAR_MAJOR_MATTERS = "majorMatters";
    /** The riskLevel decision's third input beside likelihood and impact. */
    public static final String DMN_SENSITIVE = "sensitive";
    /** risk-set-measures.form's fixed slots: measure1Content, measure1Owner, measure1Due … */
    public static final String SLOT_CONTENT = "Content";

    public static final String SLOT_OWNER = "Owner";
    public static final String SLOT_DUE = "Due";

    /** The name of a measure slot's field, e.g. {@code measureSlot(1, SLOT_OWNER)} is "measure1Owner". */
    public static String measureSlot(int slot, String part) {
        return "measure" + slot + part;
    }

    public static final String VAR_DUE_CHECK_CYCLE = "dueCheckCycle";

    /** Outcomes of the periodic re-review (定期复核). */
    public static final String REVIEW_CONFIRM = "confirm";

    public static final String REVIEW_CHANGE = "change";
    public static final String REVIEW_RETIRE = "retire";

    private RiskProcess() {}

    /** The variables its processes decide with: no task form may set them (ProcessVariableGuard). */
    @Component
    static class OwnedVariables implements ProcessOwnedVariables {
        @Override
        public Set<String> names() {
            return Set.of(
                    VAR_REGISTRANT, VAR_UNIT_HEAD, VAR_SUPERVISOR, VAR_INSPECTOR, VAR_RISK_POINT_ID, VAR_MEASURE_ID);
        }
    }
}
