package cn.qinglian.workflow.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a unit enters to register a risk point (POST /api/risk-points). */
record RiskRegistration(
        @NotBlank(message = "请选择单位") String unitId,

        @NotBlank(message = "请填写岗位") @Size(max = 100, message = "岗位不超过 100 字")
        String post,

        @NotNull(message = "请选择风险类别：岗位职责、业务流程、制度机制或外部环境") RiskCategory category,

        @NotBlank(message = "请描述风险点") @Size(max = 2000, message = "风险描述不超过 2000 字")
        String description,

        @Size(max = 2000, message = "表现形式不超过 2000 字") String manifestation,

        @NotNull(message = "请填写发生可能性（1–5）")
        @Min(value = 1, message = "发生可能性应为 1–5")
        @Max(value = 5, message = "发生可能性应为 1–5")
        Integer likelihood,

        @NotNull(message = "请填写影响程度（1–5）")
        @Min(value = 1, message = "影响程度应为 1–5")
        @Max(value = 5, message = "影响程度应为 1–5")
        Integer impact,

        boolean engineering,
        boolean funds,
        boolean procurement,
        boolean majorMatters,

        @Min(value = 2000, message = "年度无效") @Max(value = 2100, message = "年度无效")
        Integer year) {

    public boolean sensitive() {
        return engineering || funds || procurement || majorMatters;
    }
}
