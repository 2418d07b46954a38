package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Unit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 党纪教育台账: the year's sessions with their attendance, everyone's sign-in, and attendance per unit. */
@Service
class EducationExport {

    private final EducationQueries ledger;
    private final EducationMapper mapper;
    private final OrgService org;

    EducationExport(EducationQueries ledger, EducationMapper mapper, OrgService org) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.org = org;
    }

    @Transactional(readOnly = true)
    public XlsxDownload export(int year, CurrentUser user) {
        Organisation organisation = org.organisation();
        if (!EducationAccess.seesAll(user, organisation)
                && EducationAccess.keptUnit(user, organisation).isEmpty()) {
            throw ApiException.forbidden("党纪教育台账仅支部书记、机关党委、党组成员、纪检委员和管理员可以导出。");
        }
        List<Session> sessions = mapper.findSessions(new EducationMapper.Filter(year, null, null)).stream()
                .filter(s -> EducationAccess.keeps(user, organisation, s.unitId()))
                .toList();
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet list = workbook.sheet(
                    "学习活动", "编号", "类型", "主题", "主讲人", "开始", "结束", "地点", "组织单位", "应参加", "已签到", "请假", "补学", "出勤率");
            XlsxSheet people = workbook.sheet("签到明细", "学习编号", "主题", "开始", "姓名", "单位", "签到时间", "签到方式", "状态", "补学时间");
            for (Session s : sessions) {
                List<Attendance> attendance = mapper.findAttendance(s.id());
                long signed =
                        attendance.stream().filter(a -> a.signedInAt() != null).count();
                list.row(
                        s.id(),
                        s.kind().label(),
                        s.topic(),
                        s.speaker(),
                        s.startsAt(),
                        s.endsAt(),
                        s.place(),
                        s.unitName(),
                        attendance.size(),
                        signed,
                        attendance.stream().filter(Attendance::excused).count(),
                        attendance.stream().filter(a -> a.madeUpAt() != null).count(),
                        attendance.isEmpty() ? null : Math.round(signed * 1000.0 / attendance.size()) / 10.0 + "%");
                for (Attendance a : attendance) {
                    people.row(
                            s.id(),
                            s.topic(),
                            s.startsAt(),
                            a.personName(),
                            a.unitName(),
                            a.signedInAt(),
                            "LINK".equals(a.signedInBy()) ? "扫码" : "CODE".equals(a.signedInBy()) ? "签到码" : null,
                            a.statusLabel(),
                            a.madeUpAt());
                }
            }
            XlsxSheet units = workbook.sheet("单位出勤", "单位", "应参加人次", "已签到", "请假", "补学", "出勤率");
            for (EducationFigures.UnitCounts u : ledger.byUnit(year, user)) {
                EducationFigures.Counts c = u.counts();
                units.row(
                        organisation.unit(u.unitId()).map(Unit::name).orElse(u.unitId()),
                        c.expected(),
                        c.signedIn(),
                        c.excused(),
                        c.madeUp(),
                        c.attendanceRate() == null ? null : Math.round(c.attendanceRate() * 1000) / 10.0 + "%");
            }
            return new XlsxDownload(year + "年度党纪教育台账.xlsx", "education-" + year + ".xlsx", workbook.toBytes());
        }
    }
}
