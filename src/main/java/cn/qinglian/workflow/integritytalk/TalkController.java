package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.security.CurrentUser;
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
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TalkDetail> plan(@RequestBody TalkPlan plan, @AuthenticationPrincipal CurrentUser user) {
        Talk talk = talks.plan(plan, user);
        return ResponseEntity.created(URI.create("/api/integrity-talks/" + talk.id()))
                .body(ledger.detail(talk.id(), user));
    }

    @GetMapping
    List<TalkItem> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal CurrentUser user) {
        return ledger.list(year, kind, status, unit, user);
    }

    @GetMapping("/mine")
    List<TalkItem> mine(@AuthenticationPrincipal CurrentUser user) {
        return ledger.mine(user);
    }

    @GetMapping("/figures")
    TalkFigures figures(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return ledger.figures(year, user);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return export.export(year, user).response();
    }

    @GetMapping("/{id}")
    TalkDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ledger.detail(id, user);
    }
}
