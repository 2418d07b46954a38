package cn.qinglian.workflow.approval;

import java.time.Instant;

/** 抄送: a process copied to someone who only reads it. {@code state} is the instance's, from history. */
record Copy(
        String processInstanceId,
        String processDefinitionKey,
        String processName,
        String businessKey,
        String copiedBy,
        String copiedByName,
        String note,
        Instant copiedAt,
        String state) {

    Copy withState(String value) {
        return new Copy(
                processInstanceId,
                processDefinitionKey,
                processName,
                businessKey,
                copiedBy,
                copiedByName,
                note,
                copiedAt,
                value);
    }
}
