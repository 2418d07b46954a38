package cn.qinglian.workflow.common.engine;

/**
 * A task that a 退回 created: its name starts with {@value #MARK}, and its task-local variable
 * {@value #VARIABLE} says who returned it from which step and why (Markdown-safe, for its form).
 */
public final class ReturnNotice {

    public static final String MARK = "【已退回】";
    public static final String VARIABLE = "returnNotice";

    private ReturnNotice() {}

    public static boolean marks(String taskName) {
        return taskName != null && taskName.startsWith(MARK);
    }
}
