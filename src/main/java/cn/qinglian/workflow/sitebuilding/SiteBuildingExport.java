package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's 项目党建联建台账 as .xlsx, a sheet per kind: the projects built during the year, their Party
 * organisations and members, the service groups, the agreements in force and their activities, the
 * model posts, and the projects that should set up a temporary branch.
 */
@Service
class SiteBuildingExport {

    static final List<String> SHEETS = List.of("在建项目", "项目党组织", "项目党员", "服务指导组", "联建协议", "联建活动", "党员示范岗", "临时党支部应建未建");

    private final SiteBuildingMapper mapper;
    private final SiteBuildingQueries queries;
    private final OrgService org;

    SiteBuildingExport(SiteBuildingMapper mapper, SiteBuildingQueries queries, OrgService org) {
        this.mapper = mapper;
        this.queries = queries;
        this.org = org;
    }

    @Transactional(readOnly = true)
    public XlsxDownload export(int year, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireKeeper(user, organisation);
        if (year < 2000 || year > 2100) {
            throw ApiException.invalidField("year", "年度无效：" + year);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Project> projects = mapper.findProjects().stream()
                .filter(p -> !p.startDate().isAfter(last)
                        && (p.completedOn() == null || !p.completedOn().isBefore(first)))
                .toList();
        Map<Long, Project> byId = projects.stream().collect(Collectors.toMap(Project::id, Function.identity()));
        Map<Long, PartyOrg> orgs = mapper.findOrgs(null).stream()
                .filter(o -> byId.containsKey(o.projectId()))
                .collect(Collectors.toMap(PartyOrg::id, Function.identity()));
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet sheet = workbook.sheet(
                    SHEETS.get(0),
                    "编号",
                    "项目名称",
                    "项目类型",
                    "所在区域",
                    "开工日期",
                    "计划竣工日期",
                    "建设单位",
                    "监理单位",
                    "施工单位",
                    "状态",
                    "竣工日期");
            projects.forEach(p -> sheet.row(
                    p.id(),
                    p.name(),
                    p.typeLabel(),
                    p.district(),
                    p.startDate(),
                    p.plannedEndDate(),
                    p.ownerUnit(),
                    p.supervisorUnit(),
                    p.contractorUnit(),
                    p.statusLabel(),
                    p.completedOn()));
            XlsxSheet orgSheet =
                    workbook.sheet(SHEETS.get(1), "编号", "组织名称", "类别", "项目", "组织单位编号", "书记", "成立日期", "状态", "撤销日期");
            orgs.values().stream()
                    .sorted((a, b) -> Long.compare(a.id(), b.id()))
                    .forEach(o -> orgSheet.row(
                            o.id(),
                            o.name(),
                            o.kindLabel(),
                            o.projectName(),
                            o.unitId(),
                            o.secretaryName(),
                            o.establishedOn(),
                            o.statusLabel(),
                            o.dissolvedOn()));
            XlsxSheet memberSheet = workbook.sheet(SHEETS.get(2), "项目", "所在党组织", "人员编号", "姓名", "工作单位", "党员类别");
            mapper.findAllMembers().stream()
                    .filter(m -> byId.containsKey(m.projectId()))
                    .forEach(m -> memberSheet.row(
                            byId.get(m.projectId()).name(),
                            m.orgId() == null || !orgs.containsKey(m.orgId())
                                    ? null
                                    : orgs.get(m.orgId()).name(),
                            m.personId(),
                            m.name(),
                            m.employer(),
                            m.membershipLabel()));
            XlsxSheet groupSheet = workbook.sheet(SHEETS.get(3), "编号", "名称", "组长", "组员", "服务项目");
            Map<Long, Project> allProjects =
                    mapper.findProjects().stream().collect(Collectors.toMap(Project::id, Function.identity()));
            queries.groups()
                    .forEach(g -> groupSheet.row(
                            g.id(),
                            g.name(),
                            g.leaderName(),
                            g.memberIds().stream()
                                    .map(id -> organisation
                                            .person(id)
                                            .map(Person::name)
                                            .orElse(id))
                                    .collect(Collectors.joining("、")),
                            g.projectIds().stream()
                                    .map(id -> allProjects.get(id).name())
                                    .collect(Collectors.joining("、"))));
            XlsxSheet agreementSheet = workbook.sheet(
                    SHEETS.get(4), "编号", "业务编号", "机关方", "项目党组织", "联建内容", "期限起", "期限止", "状态", "机关方签署时间", "项目方签署时间");
            List<Agreement> agreements = mapper.findAgreements().stream()
                    .filter(a -> !a.periodFrom().isAfter(last) && !a.periodTo().isBefore(first))
                    .toList();
            agreements.forEach(a -> agreementSheet.row(
                    a.id(),
                    a.businessKey(),
                    a.agencyName(),
                    a.partyOrgName(),
                    a.content(),
                    a.periodFrom(),
                    a.periodTo(),
                    a.statusLabel(),
                    a.agencySignedAt(),
                    a.projectSignedAt()));
            Map<Long, Agreement> agreementById =
                    mapper.findAgreements().stream().collect(Collectors.toMap(Agreement::id, Function.identity()));
            XlsxSheet activitySheet =
                    workbook.sheet(SHEETS.get(5), "日期", "活动形式", "机关方", "项目党组织", "参加人数", "参加人员", "活动情况");
            queries.activities(null).stream()
                    .filter(a -> a.activityDate().getYear() == year)
                    .forEach(a -> {
                        Agreement agreement = agreementById.get(a.agreementId());
                        activitySheet.row(
                                a.activityDate(),
                                a.kindLabel(),
                                agreement.agencyName(),
                                agreement.partyOrgName(),
                                a.participantCount(),
                                a.participantIds().stream()
                                        .map(id -> organisation
                                                .person(id)
                                                .map(Person::name)
                                                .orElse(id))
                                        .collect(Collectors.joining("、")),
                                a.note());
                    });
            XlsxSheet postSheet = workbook.sheet(SHEETS.get(6), "项目", "姓名", "工作单位", "示范岗", "起始日期", "截止日期");
            mapper.findPosts().stream()
                    .filter(p -> !p.fromDate().isAfter(last)
                            && (p.toDate() == null || !p.toDate().isBefore(first)))
                    .forEach(p -> postSheet.row(
                            p.projectName(), p.personName(), p.employer(), p.postTitle(), p.fromDate(), p.toDate()));
            XlsxSheet gapSheet = workbook.sheet(SHEETS.get(7), "项目", "开工日期", "计划竣工日期", "正式党员数", "说明");
            Set<Long> listed = byId.keySet();
            queries.gaps().stream()
                    .filter(g -> listed.contains(g.project().id()))
                    .forEach(g -> gapSheet.row(
                            g.project().name(),
                            g.project().startDate(),
                            g.project().plannedEndDate(),
                            g.fullMembers(),
                            g.reason()));
            return new XlsxDownload(year + "年度项目党建联建台账.xlsx", "site-building-" + year + ".xlsx", workbook.toBytes());
        }
    }
}
