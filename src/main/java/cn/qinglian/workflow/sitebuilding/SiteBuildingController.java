package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.sitebuilding.Requests.ActivityRequest;
import cn.qinglian.workflow.sitebuilding.Requests.AgreementRequest;
import cn.qinglian.workflow.sitebuilding.Requests.CompletionRequest;
import cn.qinglian.workflow.sitebuilding.Requests.MembersRequest;
import cn.qinglian.workflow.sitebuilding.Requests.ModelPostRequest;
import cn.qinglian.workflow.sitebuilding.Requests.PartyOrgRequest;
import cn.qinglian.workflow.sitebuilding.Requests.ProjectRequest;
import cn.qinglian.workflow.sitebuilding.Requests.ServiceGroupRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
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

/** 项目党建联建 over REST: the ledger, 联建 agreements (each starts its signing), import, export, gaps. */
@Tag(name = "项目党建联建", description = "在建项目、项目党组织、服务指导组、党员示范岗、联建协议及其活动、统计、台账和导入")
@RestController
@RequestMapping("/api/site-building")
class SiteBuildingController {

    private static final String BASE = "/api/site-building/";

    private final SiteBuildingService ledger;
    private final AgreementService agreements;
    private final ActivityService activities;
    private final SiteBuildingQueries queries;
    private final SiteBuildingExport export;
    private final SiteBuildingImport importer;

    SiteBuildingController(
            SiteBuildingService ledger,
            AgreementService agreements,
            ActivityService activities,
            SiteBuildingQueries queries,
            SiteBuildingExport export,
            SiteBuildingImport importer) {
        this.ledger = ledger;
        this.agreements = agreements;
        this.activities = activities;
        this.queries = queries;
        this.export = export;
        this.importer = importer;
    }

    @Operation(summary = "在建项目列表")
    @GetMapping("/projects")
    List<Project> projects(@AuthenticationPrincipal CurrentUser user) {
        return queries.projects(user);
    }

    @Operation(summary = "登记在建项目")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/projects", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Project> createProject(
            @RequestBody ProjectRequest request, @AuthenticationPrincipal CurrentUser user) {
        Project project = ledger.createProject(request, user);
        return ResponseEntity.created(URI.create(BASE + "projects/" + project.id()))
                .body(project);
    }

    @Operation(summary = "查看在建项目")
    @GetMapping("/projects/{id}")
    SiteBuildingQueries.ProjectDetail project(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.project(id, user);
    }

    @Operation(summary = "修改在建项目")
    @PutMapping(path = "/projects/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Project updateProject(
            @PathVariable long id, @RequestBody ProjectRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ledger.updateProject(id, request, user);
    }

    /** 竣工: completes the project and dissolves its temporary branches in the same transaction. */
    @Operation(summary = "项目竣工")
    @PostMapping(path = "/projects/{id}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    Project complete(
            @PathVariable long id, @RequestBody CompletionRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ledger.complete(id, request, user);
    }

    @Operation(summary = "设置项目党员")
    @PutMapping(path = "/projects/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<PartyMember> projectMembers(
            @PathVariable long id, @RequestBody MembersRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ledger.replaceProjectMembers(id, request == null ? null : request.members(), user);
    }

    @Operation(summary = "应建未建临时党支部的项目")
    @GetMapping("/temporary-branch-gaps")
    List<SiteBuildingQueries.TemporaryBranchGap> gaps(@AuthenticationPrincipal CurrentUser user) {
        return queries.temporaryBranchGaps(user);
    }

    @Operation(summary = "项目党组织列表")
    @GetMapping("/organisations")
    List<PartyOrg> organisations(
            @RequestParam(required = false) Long projectId, @AuthenticationPrincipal CurrentUser user) {
        return queries.organisations(projectId, user);
    }

    @Operation(summary = "登记项目党组织")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/organisations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PartyOrg> createOrganisation(
            @RequestBody PartyOrgRequest request, @AuthenticationPrincipal CurrentUser user) {
        PartyOrg created = ledger.createOrg(request, user);
        return ResponseEntity.created(URI.create(BASE + "organisations/" + created.id()))
                .body(created);
    }

    @Operation(summary = "查看项目党组织")
    @GetMapping("/organisations/{id}")
    SiteBuildingQueries.PartyOrgDetail organisation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.organisation(id, user);
    }

    @Operation(summary = "修改项目党组织")
    @PutMapping(path = "/organisations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    PartyOrg updateOrganisation(
            @PathVariable long id, @RequestBody PartyOrgRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ledger.updateOrg(id, request, user);
    }

    @Operation(summary = "设置项目党组织成员")
    @PutMapping(path = "/organisations/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<PartyMember> organisationMembers(
            @PathVariable long id, @RequestBody MembersRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ledger.replaceOrgMembers(id, request == null ? null : request.members(), user);
    }

    @Operation(summary = "服务指导组列表")
    @GetMapping("/service-groups")
    List<ServiceGroup> serviceGroups(@AuthenticationPrincipal CurrentUser user) {
        return queries.serviceGroups(user);
    }

    @Operation(summary = "成立服务指导组")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/service-groups", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceGroup> createServiceGroup(
            @RequestBody ServiceGroupRequest request, @AuthenticationPrincipal CurrentUser user) {
        ServiceGroup created = ledger.createGroup(request, user);
        return ResponseEntity.created(URI.create(BASE + "service-groups/" + created.id()))
                .body(created);
    }

    @Operation(summary = "查看服务指导组")
    @GetMapping("/service-groups/{id}")
    ServiceGroup serviceGroup(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.serviceGroup(id, user);
    }

    @Operation(summary = "修改服务指导组")
    @PutMapping(path = "/service-groups/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ServiceGroup updateServiceGroup(
            @PathVariable long id,
            @RequestBody ServiceGroupRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return ledger.updateGroup(id, request, user);
    }

    @Operation(summary = "党员示范岗列表")
    @GetMapping("/model-posts")
    List<ModelPost> modelPosts(@AuthenticationPrincipal CurrentUser user) {
        return queries.modelPosts(user);
    }

    @Operation(summary = "设立党员示范岗")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/model-posts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ModelPost> createModelPost(
            @RequestBody ModelPostRequest request, @AuthenticationPrincipal CurrentUser user) {
        ModelPost created = ledger.createPost(request, user);
        return ResponseEntity.created(URI.create(BASE + "model-posts/" + created.id()))
                .body(created);
    }

    @Operation(summary = "查看党员示范岗")
    @GetMapping("/model-posts/{id}")
    ModelPost modelPost(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.modelPost(id, user);
    }

    @Operation(summary = "修改党员示范岗")
    @PutMapping(path = "/model-posts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ModelPost updateModelPost(
            @PathVariable long id, @RequestBody ModelPostRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ledger.updatePost(id, request, user);
    }

    @Operation(summary = "联建协议列表")
    @GetMapping("/agreements")
    List<Agreement> agreements(@AuthenticationPrincipal CurrentUser user) {
        return queries.agreementList(user);
    }

    /** Proposes an agreement: records it and starts its signing (jointBuilding). */
    @Operation(summary = "提出联建协议")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/agreements", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Agreement> propose(
            @RequestBody AgreementRequest request, @AuthenticationPrincipal CurrentUser user) {
        Agreement proposed = agreements.propose(request, user);
        return ResponseEntity.created(URI.create(BASE + "agreements/" + proposed.id()))
                .body(proposed);
    }

    @Operation(summary = "查看联建协议")
    @GetMapping("/agreements/{id}")
    SiteBuildingQueries.AgreementDetail agreement(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.agreement(id, user);
    }

    /** A photo, the minutes or a sign-in sheet of an activity (multipart, field {@code file}). */
    @Operation(summary = "上传联建活动材料（照片、纪要、签到表）")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(
            path = "/agreements/{id}/activities/{activityId}/files",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Activity> activityFile(
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestPart("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(activities.attachFile(
                            id, activityId, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "联建活动列表")
    @GetMapping("/agreements/{id}/activities")
    List<Activity> activities(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.activities(id, user);
    }

    @Operation(summary = "记录联建活动")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/agreements/{id}/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Activity> recordActivity(
            @PathVariable long id, @RequestBody ActivityRequest request, @AuthenticationPrincipal CurrentUser user) {
        Activity recorded = activities.recordActivity(id, request, user);
        return ResponseEntity.created(URI.create(BASE + "agreements/" + id + "/activities"))
                .body(recorded);
    }

    @Operation(summary = "项目党建联建统计")
    @GetMapping("/figures")
    SiteBuildingQueries.SiteBuildingFigures figures(@AuthenticationPrincipal CurrentUser user) {
        return queries.figures(user);
    }

    @Operation(summary = "导出项目党建联建台账（.xlsx）")
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return export.export(year, user).response();
    }

    @Operation(summary = "导入项目党建联建数据（表格）")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SiteBuildingImport.Imported importFiles(
            @RequestPart("file") List<MultipartFile> files, @AuthenticationPrincipal CurrentUser user) {
        List<SiteBuildingImport.UploadedFile> uploaded = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                uploaded.add(new SiteBuildingImport.UploadedFile(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return importer.importFiles(uploaded, user);
    }
}
