package cn.qinglian.workflow.signature;

/** Whether a step asks for a handwritten signature. */
public enum SignatureMode {
    /** Not asked for (the default for every step the office has not switched on). */
    OFF,
    /** Offered: the person may sign, and the step completes either way. */
    OPTIONAL,
    /** The step cannot be completed without one. */
    REQUIRED
}
