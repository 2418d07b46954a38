package cn.qinglian.workflow.integritytalk;

import java.time.Instant;
import java.util.List;

/**
 * A talk as its reader may see it. {@code content} says whether the confidential parts are filled in:
 * reason, record, place, statements, reply, assessment and follow-up — for the talker, the recorder, the
 * people talked to (each their own statement only), the discipline inspection group and administrators.
 * Names of those concerned are for the people involved and those who read content; the rest see the item.
 */
record TalkDetail(
        TalkItem talk,
        boolean content,
        String plannerName,
        String approverName,
        String talkerName,
        String recorderName,
        List<PersonView> people,
        String decisionComment,
        String reason,
        String place,
        String record,
        Instant replyDue,
        String reply,
        Instant repliedAt,
        String assessmentLabel,
        String assessmentText,
        Instant followUpDue,
        String followUpResultLabel,
        String followUpText,
        String archiveNo) {

    record PersonView(String personId, String name, String unitName, Instant confirmedAt, String statement) {}
}
