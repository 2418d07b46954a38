package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/** What 项目党建联建 records in the audit trail, beside the shared {@code StepOutcome}s. */
enum SiteBuildingOutcome implements AuditOutcome {
    AGENCY_SIGNED("agency-signed", "机关方签署联建协议"),
    PROJECT_SIGNED("project-signed", "项目党组织签署联建协议"),
    PROJECT_SAVED("site-project-saved", "登记在建项目"),
    PARTY_ORG_SAVED("site-party-org-saved", "登记项目党组织"),
    SERVICE_GROUP_SAVED("service-group-saved", "登记服务指导组"),
    MODEL_POST_SAVED("model-post-saved", "登记党员示范岗"),
    PROJECT_COMPLETED("project-completed", "项目竣工"),
    BRANCH_DISSOLVED("temporary-branch-dissolved", "临时党支部随项目竣工撤销"),
    ACTIVITY_RECORDED("joint-activity-recorded", "记录联建活动"),
    IMPORTED("site-building-imported", "导入项目党建台账");

    private final String code;
    private final String label;

    SiteBuildingOutcome(String code, String label) {
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
        public List<SiteBuildingOutcome> outcomes() {
            return List.of(values());
        }
    }
}
