package cn.qinglian.workflow.selfreview;

/** One item of a campaign's checklist; {@code itemNo} is its 1-based place (its form slot). */
record ChecklistItem(long id, long campaignId, int itemNo, String title, String guidance) {}
