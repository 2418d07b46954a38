package cn.qinglian.workflow.org;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.importing.OrgImportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The organisation over REST: read by every signed-in user, imported by the Party office. */
@Tag(name = "组织架构", description = "单位、人员及组织架构导入")
@RestController
@RequestMapping("/api/org")
class OrgController {

    private final OrgService orgService;
    private final OrgImportService importService;

    OrgController(OrgService orgService, OrgImportService importService) {
        this.orgService = orgService;
        this.importService = importService;
    }

    record UnitView(String id, String name, UnitType type, String typeLabel, String parentId, int sortOrder) {
        static UnitView of(Unit u) {
            return new UnitView(u.id(), u.name(), u.unitType(), u.unitType().label(), u.parentId(), u.sortOrder());
        }
    }

    record PersonView(
            String id,
            String name,
            String unitId,
            String post,
            String email,
            boolean active,
            List<String> roles,
            List<String> roleLabels,
            List<String> supervisedUnitIds) {
        static PersonView of(Person p) {
            List<Role> roles = p.roles().stream().sorted().toList();
            return new PersonView(
                    p.id(),
                    p.name(),
                    p.unitId(),
                    p.post(),
                    p.email(),
                    p.active(),
                    roles.stream().map(Role::name).toList(),
                    roles.stream().map(Role::label).toList(),
                    p.supervisedUnitIds());
        }
    }

    @Operation(summary = "单位列表")
    @GetMapping("/units")
    List<UnitView> units() {
        return orgService.units().stream().map(UnitView::of).toList();
    }

    @Operation(summary = "查看单位")
    @GetMapping("/units/{id}")
    UnitView unit(@PathVariable String id) {
        return UnitView.of(orgService.unit(id));
    }

    @Operation(summary = "人员列表（可按单位、角色筛选）")
    @GetMapping("/people")
    List<PersonView> people(
            @RequestParam(required = false) String unitId, @RequestParam(required = false) String role) {
        Role parsedRole = role == null
                ? null
                : Role.parse(role).orElseThrow(() -> ApiException.invalidField("role", "未知角色：" + role));
        if (unitId != null) {
            orgService.unit(unitId);
        }
        return orgService.people(unitId, parsedRole).stream()
                .map(PersonView::of)
                .toList();
    }

    @Operation(summary = "查看人员")
    @GetMapping("/people/{id}")
    PersonView person(@PathVariable String id) {
        return PersonView.of(orgService.person(id));
    }

    @Operation(summary = "导入组织架构（表格）")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    OrgService.SaveResult importFiles(
            @RequestPart("file") List<MultipartFile> files, @AuthenticationPrincipal CurrentUser user) {
        if (!user.isAdmin() && !user.inGroup(Role.PARTY_OFFICE.groupId())) {
            throw ApiException.forbidden("只有党务工作人员或管理员可以导入组织架构。");
        }
        return importService.importFiles(
                files.stream().map(OrgController::uploaded).toList());
    }

    private static OrgImportService.UploadedFile uploaded(MultipartFile file) {
        try {
            return new OrgImportService.UploadedFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
