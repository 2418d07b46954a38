package cn.qinglian.workflow.selfreview;

/**
 * What a member entered for checklist item {@code itemNo} in the Tasklist forms' fixed slots:
 * 查 (found, finding) and 改 (measure, due date as entered, 立行立改).
 */
record SlotInput(int itemNo, boolean found, String finding, String measure, String due, boolean immediate) {}
