package cn.qinglian.workflow.sitebuilding;

import static cn.qinglian.workflow.common.engine.FormMarkdown.literal;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskPresentation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A 联建 task names both sides, and its form shows the agreement as it stands (and, on 修改或撤回, why
 * it came back); 修改或撤回 is filled in with the current terms to edit ({@link JointBuildingDisplayCopies}).
 */
@Component
class JointBuildingTaskPresentation implements TaskPresentation {

    static final String VAR_AGREEMENT_FACTS = "agreementFacts";

    private final AgreementService agreements;

    JointBuildingTaskPresentation(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public String processKey() {
        return JointBuildingProcess.PROCESS_KEY;
    }

    @Override
    public String subject(DelegateTask task) {
        Agreement a = agreement(task);
        return a.agencyName() + " · " + a.partyOrgName();
    }

    @Override
    public Map<String, Object> facts(DelegateTask task) {
        Agreement a = agreement(task);
        Map<String, Object> facts = new LinkedHashMap<>();
        String text = "**机关方：** " + literal(a.agencyName())
                + "  \n**项目党组织：** " + literal(a.partyOrgName())
                + "  \n**联建期限：** " + a.periodFrom() + " 至 " + a.periodTo()
                + "  \n**状态：** " + a.statusLabel()
                + "\n\n**联建内容：** " + literal(a.content())
                + (a.returnReason() == null || a.status() != AgreementStatus.RETURNED
                        ? ""
                        : "\n\n**退回理由：** " + literal(a.returnReason()));
        facts.put(VAR_AGREEMENT_FACTS, text);
        if (JointBuildingProcess.TASK_REVISE.equals(task.getTaskDefinitionKey())) {
            facts.put(JointBuildingProcess.VAR_REVISED_CONTENT, a.content());
            facts.put(JointBuildingProcess.VAR_REVISED_FROM, a.periodFrom().toString());
            facts.put(JointBuildingProcess.VAR_REVISED_TO, a.periodTo().toString());
        }
        return facts;
    }

    private Agreement agreement(DelegateTask task) {
        return agreements.agreement(ProcessVariables.id(task, JointBuildingProcess.VAR_AGREEMENT_ID));
    }
}
