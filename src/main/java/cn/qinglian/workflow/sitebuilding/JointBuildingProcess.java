package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids and variables of processes/joint-building.bpmn (联建协议签订). */
public final class JointBuildingProcess {

    public static final String PROCESS_KEY = "jointBuilding";
    public static final String BUSINESS_KEY_PREFIX = "joint-building-";

    public static final String START_PROPOSED = "startEvent_proposed";
    public static final String TASK_AGENCY_SIGN = "userTask_agencySign";
    public static final String GATEWAY_AGENCY_SIGNED = "gateway_agencySigned";
    public static final String TASK_PROJECT_SIGN = "userTask_projectSign";
    public static final String GATEWAY_PROJECT_SIGNED = "gateway_projectSigned";
    public static final String TASK_REVISE = "userTask_revise";
    public static final String GATEWAY_REVISED = "gateway_revised";
    public static final String END_SIGNED = "endEvent_signed";
    public static final String END_WITHDRAWN = "endEvent_withdrawn";

    public static final String VAR_AGREEMENT_ID = "agreementId";
    public static final String VAR_PROPOSER = "proposer";
    public static final String VAR_AGENCY_SIGNER = "agencySigner";
    public static final String VAR_PROJECT_SIGNER = "projectSigner";
    /** 签署 (true) or 退回 (false), on both signing forms. */
    public static final String VAR_SIGNED = "signed";

    public static final String VAR_COMMENT = "comment";
    /** The proposer's choice after a return: revise and send again, or withdraw. */
    public static final String VAR_WITHDRAW = "withdraw";
    /** joint-building-revise.form's fields: the agreement as revised (moved into site_agreement at once). */
    public static final String VAR_REVISED_CONTENT = "revisedContent";

    public static final String VAR_REVISED_FROM = "revisedFrom";
    public static final String VAR_REVISED_TO = "revisedTo";

    private JointBuildingProcess() {}

    /** The variables the process routes with: no task form may set them (ProcessVariableGuard). */
    @Component
    static class OwnedVariables implements ProcessOwnedVariables {
        @Override
        public Set<String> names() {
            return Set.of(VAR_AGREEMENT_ID, VAR_PROPOSER, VAR_AGENCY_SIGNER, VAR_PROJECT_SIGNER);
        }
    }
}
