package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's 廉政谈话台账 as .xlsx. For the Party office and the 党组: kind, unit, number of people, status
 * and dates — counts and statuses, never content. For the discipline inspection group and administrators:
 * with the people, talker, reason, record, statements, reply, assessment and follow-up.
 */
@Service
class TalkExport {

    private final TalkMapper mapper;
    private final OrgService org;

    TalkExport(TalkMapper mapper, OrgService org) {
        this.mapper = mapper;
        this.org = org;
    }

    @Transactional(readOnly = true)
    public XlsxDownload export(int year, CurrentUser user) {
        Organisation organisation = org.organisation();
        TalkAccess.requireKeeper(user, organisation);
        boolean content = TalkAccess.inspects(user, organisation);
        TalkMapper.Filter filter = TalkMapper.Filter.year(year);
        List<Talk> talks = mapper.findTalks(filter);
        Map<Long, List<TalkPerson>> people =
                mapper.findPeopleOf(filter).stream().collect(Collectors.groupingBy(TalkPerson::talkId));
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            if (content) {
                XlsxSheet sheet = workbook.sheet(
                        "谈话台账", "编号", "年度", "类型", "单位", "状态", "谈话对象", "谈话人", "记录人", "谈话日期", "地点", "谈话事由", "谈话记录",
                        "回复期限", "函询回复", "逾期回复", "核实结论", "核实情况", "回访结论", "回访情况", "档案编号", "由函询转来", "办结时间");
                for (Talk t : talks) {
                    sheet.row(
                            t.businessKey(),
                            t.talkYear(),
                            t.kind().label(),
                            t.unitName(),
                            t.status().label(),
                            people.getOrDefault(t.id(), List.of()).stream()
                                    .map(TalkPerson::name)
                                    .collect(Collectors.joining("、")),
                            name(organisation, t.talkerId()),
                            name(organisation, t.recorderId()),
                            t.talkDate(),
                            t.place(),
                            t.reason(),
                            t.recordText(),
                            t.replyDue(),
                            t.replyText(),
                            t.replyLate() ? "是" : null,
                            t.assessment() == null ? null : t.assessment().label(),
                            t.assessmentText(),
                            t.followUpResult() == null
                                    ? null
                                    : t.followUpResult().label(),
                            t.followUpText(),
                            t.archiveNo(),
                            t.sourceTalkId() == null ? null : TalkProcess.BUSINESS_KEY_PREFIX + t.sourceTalkId(),
                            t.closedAt());
                }
                XlsxSheet statements = workbook.sheet("确认与本人说明", "编号", "类型", "谈话对象", "单位", "确认时间", "本人说明");
                for (Talk t : talks) {
                    for (TalkPerson p : people.getOrDefault(t.id(), List.of())) {
                        statements.row(
                                t.businessKey(),
                                t.kind().label(),
                                p.name(),
                                p.unitName(),
                                p.confirmedAt(),
                                p.statement());
                    }
                }
            } else {
                XlsxSheet sheet =
                        workbook.sheet("谈话台账", "编号", "年度", "类型", "单位", "人数", "状态", "逾期回复", "谈话日期", "拟定时间", "办结时间");
                for (Talk t : talks) {
                    sheet.row(
                            t.businessKey(),
                            t.talkYear(),
                            t.kind().label(),
                            t.unitName(),
                            people.getOrDefault(t.id(), List.of()).size(),
                            t.status().label(),
                            t.replyLate() ? "是" : null,
                            t.talkDate(),
                            t.createdAt(),
                            t.closedAt());
                }
            }
            return new XlsxDownload(year + "年度廉政谈话台账.xlsx", "integrity-talks-" + year + ".xlsx", workbook.toBytes());
        }
    }

    private static String name(Organisation organisation, String personId) {
        return personId == null
                ? null
                : organisation.person(personId).map(Person::name).orElse(personId);
    }
}
