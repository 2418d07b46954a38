package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 党纪教育 over REST: set sessions, sign in, ask for leave, confirm 补学, attendance and the 台账. */
@Tag(name = "党纪教育", description = "学习活动、签到、请假、补学、出勤统计和台账")
@RestController
@RequestMapping("/api/education")
class EducationController {

    private final EducationService sessions;
    private final EducationQueries ledger;
    private final EducationExport export;

    EducationController(EducationService sessions, EducationQueries ledger, EducationExport export) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.export = export;
    }

    /** The sign-in: the link's token or the code read out in the room. */
    record SignInRequest(String token, String code) {}

    record ReasonRequest(String reason) {}

    record NoteRequest(String note) {}

    /** Checked by the service, bean rules and the organisation's together: one 400 names every bad field. */
    @Operation(summary = "设置学习活动")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SessionDetail> create(
            @RequestBody SessionRequest request, @AuthenticationPrincipal CurrentUser user) {
        Session session = sessions.create(request, user);
        return ResponseEntity.created(URI.create("/api/education/sessions/" + session.id()))
                .body(ledger.detail(session.id(), user));
    }

    @Operation(summary = "学习活动列表")
    @GetMapping("/sessions")
    List<Session> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal CurrentUser user) {
        return ledger.list(year, unit, user);
    }

    @Operation(summary = "查看学习活动")
    @GetMapping("/sessions/{id}")
    SessionDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ledger.detail(id, user);
    }

    @Operation(summary = "签到")
    @PostMapping(path = "/sessions/{id}/sign-in", consumes = MediaType.APPLICATION_JSON_VALUE)
    Attendance signIn(
            @PathVariable long id, @RequestBody SignInRequest request, @AuthenticationPrincipal CurrentUser user) {
        return sessions.signIn(id, request.token(), request.code(), user);
    }

    @Operation(summary = "请假")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/sessions/{id}/leave", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Leave> leave(
            @PathVariable long id, @RequestBody ReasonRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(sessions.requestLeave(id, request.reason(), user));
    }

    @Operation(summary = "补学")
    @PostMapping(path = "/sessions/{id}/make-up", consumes = MediaType.APPLICATION_JSON_VALUE)
    Attendance makeUp(
            @PathVariable long id, @RequestBody NoteRequest request, @AuthenticationPrincipal CurrentUser user) {
        return sessions.makeUp(id, request.note(), user);
    }

    /** The caller's own record for the year. */
    @Operation(summary = "我的学习记录（年度）")
    @GetMapping("/mine")
    List<Attendance> mine(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return ledger.mine(year, user);
    }

    /** Attendance per unit for the year, for the units the caller keeps. */
    @Operation(summary = "各单位出勤统计（年度）")
    @GetMapping("/attendance")
    List<EducationFigures.UnitCounts> attendance(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return ledger.byUnit(year, user);
    }

    @Operation(summary = "导出党纪教育台账（.xlsx）")
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return export.export(year, user).response();
    }
}
