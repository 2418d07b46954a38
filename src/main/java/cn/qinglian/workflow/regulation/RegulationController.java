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
    @GetMapping
    List<Regulation> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String level,
            @AuthenticationPrincipal CurrentUser user) {
        return regulations.list(status, category, level, user);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Regulation> create(
            @RequestBody RegulationRequest request, @AuthenticationPrincipal CurrentUser user) {
        Regulation created = regulations.create(request, user);
        return ResponseEntity.created(URI.create(BASE + created.id())).body(created);
    }

    @GetMapping("/{id}")
    RegulationDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return regulations.detail(id, user);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Regulation update(
            @PathVariable long id, @RequestBody RegulationRequest request, @AuthenticationPrincipal CurrentUser user) {
        return regulations.update(id, request, user);
    }

    /** 已修订 / 已废止 with what replaced it, or 现行 again: audited. */
    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    Regulation status(
            @PathVariable long id, @RequestBody StatusRequest request, @AuthenticationPrincipal CurrentUser user) {
        return regulations.changeStatus(id, request, user);
    }

    /** The original (PDF or Word), replacing any earlier one. */
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

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        StoredFile file = regulations.file(id, user);
        return attachment(file.fileName(), MediaType.parseMediaType(file.contentType()), file.fileData());
    }

    // ---- compilations ----

    @GetMapping("/compilations")
    List<Compilation> compilations(
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user) {
        return compilations.list(year, user);
    }

    @PostMapping(path = "/compilations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Compilation.Detail> createCompilation(
            @RequestBody CompilationRequest request, @AuthenticationPrincipal CurrentUser user) {
        Compilation.Detail created = compilations.create(request, user);
        return ResponseEntity.created(URI.create(
                        BASE + "compilations/" + created.compilation().id()))
                .body(created);
    }

    @GetMapping("/compilations/{id}")
    Compilation.Detail compilation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return compilations.detail(id, user);
    }

    /** Replaces a draft's chapters; a published compilation is frozen (409). */
    @PutMapping(path = "/compilations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Compilation.Detail updateCompilation(
            @PathVariable long id, @RequestBody CompilationRequest request, @AuthenticationPrincipal CurrentUser user) {
        return compilations.update(id, request, user);
    }

    /** Freezes a draft; the body may ask everyone or some units to confirm their study (none: nobody is asked). */
    @PostMapping("/compilations/{id}/publish")
    Compilation.Detail publish(
            @PathVariable long id,
            @RequestBody(required = false) PublishRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return compilations.publish(id, request, user);
    }

    @GetMapping("/compilations/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        CompilationPrint.Printed printed = print.print(id, user);
        return attachment(printed.fileName(), MediaType.APPLICATION_PDF, printed.pdf());
    }

    /** The caller confirms they have studied it; once is enough, twice counts once. */
    @PostMapping("/compilations/{id}/studied")
    Compilation.Detail studied(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return compilations.studied(id, user);
    }

    @GetMapping("/compilations/{id}/coverage")
    StudyCoverage coverage(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return compilations.coverage(id, user);
    }

    // ---- the 立改废 review ----

    @GetMapping("/reviews")
    List<ReviewItem> reviews(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean overdue,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.list(year, overdue, user);
    }

    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewItem> createReview(
            @RequestBody ReviewRequest request, @AuthenticationPrincipal CurrentUser user) {
        ReviewItem created = reviews.create(request, user);
        return ResponseEntity.created(URI.create(BASE + "reviews/" + created.id()))
                .body(created);
    }

    @GetMapping("/reviews/{id}")
    ReviewItem review(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return reviews.read(id, user);
    }

    @PutMapping(path = "/reviews/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewItem updateReview(
            @PathVariable long id, @RequestBody ReviewRequest request, @AuthenticationPrincipal CurrentUser user) {
        return reviews.update(id, request, user);
    }

    @PostMapping("/reviews/{id}/done")
    ReviewItem done(
            @PathVariable long id,
            @RequestBody(required = false) DoneRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.done(id, request, user);
    }

    // ---- the 台账 ----

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
