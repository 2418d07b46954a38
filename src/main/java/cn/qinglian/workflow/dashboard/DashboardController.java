package cn.qinglian.workflow.dashboard;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report card (党建报表) over REST: {@code GET /api/dashboard?year=2026[&by=unit]}. */
@Tag(name = "党建报表", description = "全年各流程与台账的汇总数据")
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private final DashboardService dashboard;

    DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(summary = "党建报表（年度）")
    @GetMapping
    ReportCard reportCard(
            @RequestParam int year,
            @RequestParam(required = false) String by,
            @AuthenticationPrincipal CurrentUser user) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalidField("year", "年度无效：" + year + "（应为 2000–2100）");
        }
        if (by != null && !by.isBlank() && !"unit".equals(by)) {
            throw ApiException.invalidField("by", "无效的分组方式：" + by + "（可选 unit）");
        }
        return dashboard.reportCard(year, "unit".equals(by), user);
    }
}
