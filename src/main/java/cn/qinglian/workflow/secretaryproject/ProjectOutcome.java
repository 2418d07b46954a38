package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/** What 书记领办党建项目 records in the audit trail, beside the shared {@code StepOutcome}s. */
enum ProjectOutcome implements AuditOutcome {
    PROPOSED("project-proposed", "领题"),
    REPORTED("project-reported", "报告进展"),
    SELF_ASSESSED("project-self-assessed", "结题自评"),
    PANEL_NAMED("project-panel-named", "确定评审组"),
    SCORED("project-scored", "评审打分"),
    GRADED("project-graded", "确定等次"),
    ESCALATION("project-escalation", "漏报督办");

    private final String code;
    private final String label;

    ProjectOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Component
    static class Words implements AuditVocabulary.Words {
        @Override
        public List<ProjectOutcome> outcomes() {
            return List.of(values());
        }
    }
}
