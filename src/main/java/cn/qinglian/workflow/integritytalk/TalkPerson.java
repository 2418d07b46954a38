package cn.qinglian.workflow.integritytalk;

import java.time.Instant;

/** A person a talk concerns, with their confirmation of the record and their own statement (本人说明). */
record TalkPerson(
        long talkId,
        String personId,
        String name,
        int seq,
        String unitId,
        String unitName,
        Instant confirmedAt,
        String statement) {}
