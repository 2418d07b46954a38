package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.selfreview.CampaignRequest.ChecklistEntry;
import java.util.List;

/** The checklist a campaign uses when it brings none: the six disciplines and two points of work style. */
final class DefaultChecklist {

    static final List<ChecklistEntry> ITEMS = List.of(
            new ChecklistEntry("政治纪律", "是否坚决贯彻党中央决策部署，有无妄议中央大政方针、搞团团伙伙等问题"),
            new ChecklistEntry("组织纪律", "是否严格执行民主集中制、请示报告制度，如实报告个人有关事项"),
            new ChecklistEntry("廉洁纪律", "有无违规收送礼品礼金、利用职权或影响为亲友谋利、违规兼职取酬等问题"),
            new ChecklistEntry("群众纪律", "有无在服务对象办事中吃拿卡要、优亲厚友、漠视群众利益等问题"),
            new ChecklistEntry("工作纪律", "有无在工程建设、审批监管中不作为、乱作为，违规插手干预市场活动等问题"),
            new ChecklistEntry("生活纪律", "有无生活奢靡、贪图享乐、违背社会公序良俗等问题"),
            new ChecklistEntry("中央八项规定精神", "有无违规公款吃喝、公车私用、违规发放津贴补贴、借培训考察变相旅游等问题"),
            new ChecklistEntry("工作作风", "有无形式主义、官僚主义，推诿扯皮、敷衍塞责、担当不足等问题"));

    private DefaultChecklist() {}
}
