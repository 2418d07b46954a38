package cn.qinglian.workflow.notice;

/** What a notice tells its person, with the sentence that says what to do. */
public enum NoticeKind {
    TASK("待办", "请及时办理。"),
    RETURNED("退回", "已退回给您，请修改后重新提交。"),
    TRANSFERRED("转办", "已转给您办理。"),
    DELEGATED("委派", "已委派给您办理，办完后请交回。"),
    URGED("催办", "请尽快办理。"),
    REMINDER("到期提醒", "即将到期，请按时办理。"),
    ESCALATION("逾期督办", "已逾期未办，请督促办理。"),
    COPIED("抄送", "抄送给您，请知悉。"),
    EDUCATION("学习通知", "请按时参加，到场后扫码或输入签到码签到；不能参加的请先请假。"),
    FINISHED("办结", "您发起的流程已办结。"),
    DIGEST("每日汇总", "以下事项请及时办理。"),
    /** To the administrators: a job out of retries, or a campaign, cascade or task list past its due date. */
    ALERT("运行告警", "请系统管理员及时处理。");

    private final String label;
    private final String instruction;

    NoticeKind(String label, String instruction) {
        this.label = label;
        this.instruction = instruction;
    }

    public String label() {
        return label;
    }

    String instruction() {
        return instruction;
    }

    /** A task given to the person: one notice per person and task, whichever event came first. */
    boolean givesWork() {
        return this == TASK || this == RETURNED || this == TRANSFERRED || this == DELEGATED;
    }

    /** Sent at once even to a person who asked for a daily digest. */
    boolean urgent() {
        return this == URGED || this == ESCALATION || this == ALERT;
    }
}
