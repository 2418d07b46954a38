package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 书记领办党建项目 over REST: propose (starts its process), list, detail, the 台账, a report's evidence. */
@Tag(name = "书记领办项目", description = "书记领办党建项目：领题、查询、佐证上传和台账")
@RestController
@RequestMapping("/api/secretary-projects")
class ProjectController {

    private final ProjectService projects;
    private final ProjectQueries ledger;
    private final ProjectExport export;

    ProjectController(ProjectService projects, ProjectQueries ledger, ProjectExport export) {
        this.projects = projects;
        this.ledger = ledger;
        this.export = export;
    }

    /** Checked by the service, bean rules and the organisation's together, so one 400 names every bad field. */
    @Operation(summary = "领题（提出书记领办项目）")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProjectDetail> propose(
            @RequestBody ProjectProposal proposal, @AuthenticationPrincipal CurrentUser user) {
        Project project = projects.propose(proposal, user);
        return ResponseEntity.created(URI.create("/api/secretary-projects/" + project.id()))
                .body(ledger.detail(project.id(), user));
    }

    @Operation(summary = "书记领办项目列表")
    @GetMapping
    List<Project> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal CurrentUser user) {
        return ledger.list(year, unit, user);
    }

    /** The 台账 as .xlsx; {@code unit} narrows it to one unit. */
    @Operation(summary = "导出书记领办项目台账（.xlsx）")
    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam int year,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal CurrentUser user) {
        return export.export(year, unit, user).response();
    }

    @Operation(summary = "查看书记领办项目")
    @GetMapping("/{id}")
    ProjectDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ledger.detail(id, user);
    }

    /** A file for the progress report being written (报告进展); it joins the report when that is sent. */
    @Operation(summary = "上传项目进展佐证")
    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ProjectDetail evidence(
            @PathVariable long id, @RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user) {
        try {
            projects.attachEvidence(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ledger.detail(id, user);
    }
}
