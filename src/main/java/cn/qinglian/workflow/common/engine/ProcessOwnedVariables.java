package cn.qinglian.workflow.common.engine;

import java.util.Set;

/**
 * The variables a feature's processes decide with — who does the next step, the ids of its business
 * records, the lists a multi-instance runs over — which no task form may set: {@code
 * common.security.ProcessVariableGuard} refuses a completion that writes one. Each feature declares its
 * own beside its process constants.
 */
public interface ProcessOwnedVariables {

    Set<String> names();
}
