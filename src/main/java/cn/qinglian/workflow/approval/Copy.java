package cn.qinglian.workflow.approval;

import java.time.Instant;

/**
 * 抄送: a process copied to someone who only reads it. {@code state} is the instance's, from history;
 * {@code title} the process's own name where it has one (a campaign's, a letter's).
 */
record Copy(
        String processInstanceId,
        String processDefinitionKey,
        String processName,
        String businessKey,
        String copiedBy,
        String copiedByName,
        String note,
        Instant copiedAt,
        String state,
        String title) {

    Copy with(String state, String title) {
        return new Copy(
                processInstanceId,
                processDefinitionKey,
                processName,
                businessKey,
                copiedBy,
                copiedByName,
                note,
                copiedAt,
                state,
                title);
    }
}
