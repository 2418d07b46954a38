package cn.qinglian.workflow.dashboard;

import cn.qinglian.workflow.common.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report card (党建报表) over REST: {@code GET /api/dashboard?year=2026[&by=unit]}. */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private final DashboardService dashboard;

    DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping
    ReportCard reportCard(@RequestParam int year, @RequestParam(required = false) String by,
                          @AuthenticationPrincipal CurrentUser user) {
        return dashboard.reportCard(year, "unit".equals(by), user);
    }
}
