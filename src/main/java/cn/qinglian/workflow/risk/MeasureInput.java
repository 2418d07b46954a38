package cn.qinglian.workflow.risk;

import java.time.LocalDate;

/** A measure as the unit enters it: what, who, by when. */
record MeasureInput(String content, String ownerId, LocalDate dueDate) {}
