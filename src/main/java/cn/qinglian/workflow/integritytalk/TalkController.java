package cn.qinglian.workflow.integritytalk;

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

/** 廉政谈话 over REST: plan (starts its process), the ledger, a person's own talks, a talk, figures, the 台账. */
@Tag(name = "廉政谈话", description = "谈话计划、谈话台账、统计和导出（内容仅限相关人员与纪检）")
@RestController
@RequestMapping("/api/integrity-talks")
class TalkController {

    private final TalkService talks;
    private final TalkQueries ledger;
    private final TalkExport export;

    TalkController(TalkService talks, TalkQueries ledger, TalkExport export) {
        this.talks = talks;
        this.ledger = ledger;
        this.export = export;
    }

    /** One 400 names every bad field; an open talk of the same kind for the same people is a 409. */
    @Operation(summary = "计划廉政谈话")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TalkDetail> plan(@RequestBody TalkPlan plan, @AuthenticationPrincipal CurrentUser user) {
        Talk talk = talks.plan(plan, user);
        return ResponseEntity.created(URI.create("/api/integrity-talks/" + talk.id()))
                .body(ledger.detail(talk.id(), user));
    }

    @Operation(summary = "谈话台账列表")
    @GetMapping
    List<TalkItem> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal CurrentUser user) {
        return ledger.list(year, kind, status, unit, user);
    }

    @Operation(summary = "我的谈话")
    @GetMapping("/mine")
    List<TalkItem> mine(@AuthenticationPrincipal CurrentUser user) {
        return ledger.mine(user);
    }

    @Operation(summary = "谈话统计（年度）")
    @GetMapping("/figures")
    TalkFigures figures(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return ledger.figures(year, user);
    }

    @Operation(summary = "导出谈话台账（.xlsx）")
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return export.export(year, user).response();
    }

    @Operation(summary = "查看谈话")
    @GetMapping("/{id}")
    TalkDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ledger.detail(id, user);
    }
}
