package cn.qinglian.workflow.integritytalk;

import java.util.List;

/**
 * A talk as planned: its kind, the people it concerns (one, or several for 集体廉政谈话), why, whom the
 * planner proposes to hold it, and for a 函询 the days given to reply (15 unless said).
 */
record TalkPlan(String talkKind, List<String> personIds, String reason, String proposedTalker, Integer replyDays) {}
