package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The responsibility letter over REST: draft the year's letter, read it, its signatures, its coverage and its 台账. */
@Tag(name = "责任书", description = "党风廉政建设责任书：起草、签订、催办、覆盖情况、台账和签字 PDF")
@RestController
@RequestMapping("/api/letters")
class LetterController {

    private final LetterService letters;
    private final LetterQueries queries;
    private final LetterExport ledger;

    LetterController(LetterService letters, LetterQueries queries, LetterExport ledger) {
        this.letters = letters;
        this.queries = queries;
        this.ledger = ledger;
    }

    /** The letter and the text being signed. */
    record LetterView(Letter letter, LetterVersion text) {}

    @Operation(summary = "起草年度责任书")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LetterView> create(
            @Valid @RequestBody LetterRequest request, @AuthenticationPrincipal CurrentUser user) {
        Letter letter = letters.create(request, user);
        return ResponseEntity.created(URI.create("/api/letters/" + letter.letterYear()))
                .body(new LetterView(letter, queries.text(letter.letterYear())));
    }

    @Operation(summary = "查看某年度责任书")
    @GetMapping("/{year}")
    LetterView letter(@PathVariable int year) {
        return new LetterView(queries.letter(year), queries.text(year));
    }

    @Operation(summary = "责任书签订覆盖情况（谁未签）")
    @GetMapping("/{year}/coverage")
    LetterCoverage coverage(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        return queries.coverage(year, user);
    }

    @Operation(summary = "导出责任书台账（.xlsx）")
    @GetMapping("/{year}/export")
    ResponseEntity<byte[]> export(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        return ledger.export(year, user).response();
    }

    /** An optional opinion with a signature. */
    record SignRequest(String opinion) {}

    @Operation(summary = "签订责任书")
    @PostMapping("/{year}/signatures/{personId}/sign")
    Signature sign(
            @PathVariable int year,
            @PathVariable String personId,
            @RequestBody(required = false) SignRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return letters.signOverRest(year, personId, request == null ? null : request.opinion(), user);
    }

    /** The answer names the channels the urge went out on, e.g. {"channels": ["站内", "钉钉"]}. */
    @Operation(summary = "催办签订")
    @PostMapping("/{year}/signatures/{personId}/urge")
    Map<String, List<String>> urge(
            @PathVariable int year, @PathVariable String personId, @AuthenticationPrincipal CurrentUser user) {
        return Map.of("channels", letters.urge(year, personId, user));
    }

    @Operation(summary = "下载已签责任书（PDF）")
    @GetMapping(path = "/{year}/signatures/{personId}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable int year, @PathVariable String personId, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(year + "年度党风廉政建设责任书-" + personId + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(queries.pdf(year, personId, user));
    }

    @Operation(summary = "责任书签订记录")
    @GetMapping("/{year}/signatures")
    List<Signature> signatures(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        return queries.signatures(year, user);
    }
}
