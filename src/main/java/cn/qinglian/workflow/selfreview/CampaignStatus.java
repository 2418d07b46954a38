package cn.qinglian.workflow.selfreview;

/** OPEN while running; COMPLETED when every review is approved and every measure closed; CLOSED by the office. */
public enum CampaignStatus {
    OPEN,
    COMPLETED,
    CLOSED
}
