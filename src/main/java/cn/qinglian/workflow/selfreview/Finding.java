package cn.qinglian.workflow.selfreview;

/** 查: what the member found (or not) against one checklist item. */
record Finding(long id, long reviewId, long itemId, int itemNo, String title, boolean found, String description) {}
