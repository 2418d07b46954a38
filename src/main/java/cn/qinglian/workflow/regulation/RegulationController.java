package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.files.EvidenceFile;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.regulation.RegulationMapper.StoredFile;
import cn.qinglian.workflow.regulation.Requests.CompilationRequest;
import cn.qinglian.workflow.regulation.Requests.DoneRequest;
import cn.qinglian.workflow.regulation.Requests.PublishRequest;
import cn.qinglian.workflow.regulation.Requests.RegulationRequest;
import cn.qinglian.workflow.regulation.Requests.ReviewRequest;
import cn.qinglian.workflow.regulation.Requests.StatusRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 制度汇编 over REST: the register, its files, the compilations (PDF, study), the 立改废 review, the 台账. */
@Tag(name = "制度汇编", description = "制度登记、制度汇编（PDF）、学习确认、立改废清理和台账")
@RestController
@RequestMapping("/api/regulations")
class RegulationController {

    private static final String BASE = "/api/regulations/";

    private final RegulationService regulations;
    private final CompilationService compilations;
    private final CompilationPrint print;
    private final RegulationReviewService reviews;
    private final RegulationExport export;
    private final RegulationProperties properties;

    RegulationController(
            RegulationService regulations,
            CompilationService compilations,
            CompilationPrint print,
            RegulationReviewService reviews,
            RegulationExport export,
            RegulationProperties properties) {
        this.regulations = regulations;
        this.compilations = compilations;
        this.print = print;
        this.reviews = reviews;
        this.export = export;
        this.properties = properties;
    }

    // ---- the register ----

    /** The regulations in force; keepers see every status unless they ask for one. */
    @Operation(summary = "制度列表")
    @GetMapping
    List<Regulation> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String level,
            @AuthenticationPrincipal CurrentUser user) {
        return regulations.list(status, category, level, user);
    }

    @Operation(summary = "登记制度")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Regulation> create(
            @RequestBody RegulationRequest request, @AuthenticationPrincipal CurrentUser user) {
        Regulation created = regulations.create(request, user);
        return ResponseEntity.created(URI.create(BASE + created.id())).body(created);
    }

    @Operation(summary = "查看制度")
    @GetMapping("/{id}")
    RegulationDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return regulations.detail(id, user);
    }

    @Operation(summary = "修改制度")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Regulation update(
            @PathVariable long id, @RequestBody RegulationRequest request, @AuthenticationPrincipal CurrentUser user) {
        return regulations.update(id, request, user);
    }

    /** 已修订 / 已废止 with what replaced it, or 现行 again: audited. */
    @Operation(summary = "变更制度状态（现行、已修订、已废止）")
    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    Regulation status(
            @PathVariable long id, @RequestBody StatusRequest request, @AuthenticationPrincipal CurrentUser user) {
        return regulations.changeStatus(id, request, user);
    }

    /** The original (PDF or Word), replacing any earlier one. */
    @Operation(summary = "上传制度原件")
    @PostMapping(path = "/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Regulation upload(
            @PathVariable long id, @RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user) {
        try {
            return regulations.attachFile(
                    id,
                    EvidenceFile.checked(
                            file.getOriginalFilename(),
                            file.getContentType(),
                            file.getBytes(),
                            properties.fileTypes(),
                            properties.fileMaxSize()),
                    user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "下载制度原件")
    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        StoredFile file = regulations.file(id, user);
        return attachment(file.fileName(), MediaType.parseMediaType(file.contentType()), file.fileData());
    }

    // ---- compilations ----

    @Operation(summary = "制度汇编列表")
    @GetMapping("/compilations")
    List<Compilation> compilations(
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user) {
        return compilations.list(year, user);
    }

    @Operation(summary = "新建制度汇编")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/compilations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Compilation.Detail> createCompilation(
            @RequestBody CompilationRequest request, @AuthenticationPrincipal CurrentUser user) {
        Compilation.Detail created = compilations.create(request, user);
        return ResponseEntity.created(URI.create(
                        BASE + "compilations/" + created.compilation().id()))
                .body(created);
    }

    @Operation(summary = "查看制度汇编")
    @GetMapping("/compilations/{id}")
    Compilation.Detail compilation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return compilations.detail(id, user);
    }

    /** Replaces a draft's chapters; a published compilation is frozen (409). */
    @Operation(summary = "修改制度汇编草稿")
    @PutMapping(path = "/compilations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Compilation.Detail updateCompilation(
            @PathVariable long id, @RequestBody CompilationRequest request, @AuthenticationPrincipal CurrentUser user) {
        return compilations.update(id, request, user);
    }

    /** Freezes a draft; the body may ask everyone or some units to confirm their study (none: nobody is asked). */
    @Operation(summary = "发布制度汇编")
    @PostMapping("/compilations/{id}/publish")
    Compilation.Detail publish(
            @PathVariable long id,
            @RequestBody(required = false) PublishRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return compilations.publish(id, request, user);
    }

    @Operation(summary = "下载制度汇编（PDF）")
    @GetMapping("/compilations/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        CompilationPrint.Printed printed = print.print(id, user);
        return attachment(printed.fileName(), MediaType.APPLICATION_PDF, printed.pdf());
    }

    /** The caller confirms they have studied it; once is enough, twice counts once. */
    @Operation(summary = "确认已学习制度汇编")
    @PostMapping("/compilations/{id}/studied")
    Compilation.Detail studied(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return compilations.studied(id, user);
    }

    @Operation(summary = "制度汇编学习情况")
    @GetMapping("/compilations/{id}/coverage")
    StudyCoverage coverage(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return compilations.coverage(id, user);
    }

    // ---- the 立改废 review ----

    @Operation(summary = "立改废清理事项列表")
    @GetMapping("/reviews")
    List<ReviewItem> reviews(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean overdue,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.list(year, overdue, user);
    }

    @Operation(summary = "新建立改废清理事项")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewItem> createReview(
            @RequestBody ReviewRequest request, @AuthenticationPrincipal CurrentUser user) {
        ReviewItem created = reviews.create(request, user);
        return ResponseEntity.created(URI.create(BASE + "reviews/" + created.id()))
                .body(created);
    }

    @Operation(summary = "查看立改废清理事项")
    @GetMapping("/reviews/{id}")
    ReviewItem review(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return reviews.read(id, user);
    }

    @Operation(summary = "修改立改废清理事项")
    @PutMapping(path = "/reviews/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewItem updateReview(
            @PathVariable long id, @RequestBody ReviewRequest request, @AuthenticationPrincipal CurrentUser user) {
        return reviews.update(id, request, user);
    }

    @Operation(summary = "完成立改废清理事项")
    @PostMapping("/reviews/{id}/done")
    ReviewItem done(
            @PathVariable long id,
            @RequestBody(required = false) DoneRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.done(id, request, user);
    }

    // ---- the 台账 ----

    @Operation(summary = "导出制度汇编台账（.xlsx）")
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return export.export(year, user).response();
    }

    private static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_"), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
