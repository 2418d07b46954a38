package cn.qinglian.workflow.risk;

/** 风险等级, as the DMN decision riskLevel returns it. */
enum RiskGrade {
    HIGH("高"),
    MEDIUM("中"),
    LOW("低");

    private final String label;

    RiskGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
