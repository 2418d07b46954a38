package cn.qinglian.workflow.smoke;

/**
 * Ids and variables of processes/smoke-approval.bpmn: a one-step approval that proves
 * deployment, forms, identity, authorizations and the shared transaction before the real
 * processes land. To be removed once they have.
 */
public final class SmokeApproval {

    public static final String PROCESS_KEY = "smokeApproval";
    public static final String TASK_APPROVE = "userTask_approve";
    public static final String FORM_ID = "smoke-approval-form";

    public static final String VAR_APPROVER = "approver";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_OPINION = "opinion";

    private SmokeApproval() {
    }
}
