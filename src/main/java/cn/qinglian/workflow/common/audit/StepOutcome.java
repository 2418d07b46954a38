package cn.qinglian.workflow.common.audit;

/** The words every process uses for its steps and the approval operations on them. */
public enum StepOutcome implements AuditOutcome {
    STARTED("started", "发起"),
    APPROVED("approved", "同意"),
    RETURNED("returned", "退回") {
        @Override
        public boolean sendsBack() {
            return true;
        }
    },
    REVISED("revised", "修改"),
    SIGNED("signed", "签收/签订"),
    COMPLETED("completed", "完成"),
    CLOSED("closed", "关闭"),
    URGED("urged", "催办"),
    TRANSFERRED("transferred", "转办"),
    DELEGATED("delegated", "委派"),
    RESOLVED("resolved", "委派办结"),
    COUNTERSIGN_ADDED("countersign-added", "加签"),
    WITHDRAWN("withdrawn", "撤回"),
    COPIED("copied", "抄送"),
    /** An owner reports on a measure (查改剖 and risk points alike). */
    MEASURE_REPORTED("measure-reported", "报告整改"),
    /** A reminder sent to whom the detail names. */
    REMINDER("reminder", "提醒");

    private final String code;
    private final String label;

    StepOutcome(String code, String label) {
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
}
