package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The risk register over REST: register a point (starts its process), list, summarise, export, evidence. */
@Tag(name = "廉政风险点", description = "风险点登记、查询、汇总、台账和整改佐证上传")
@RestController
@RequestMapping("/api/risk-points")
class RiskController {

    private final RiskService risks;
    private final EvidenceService evidence;
    private final RiskQueries register;
    private final RiskExport ledger;

    RiskController(RiskService risks, EvidenceService evidence, RiskQueries register, RiskExport ledger) {
        this.risks = risks;
        this.evidence = evidence;
        this.register = register;
        this.ledger = ledger;
    }

    @Operation(summary = "登记廉政风险点")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RiskPointDetail> registerPoint(
            @Valid @RequestBody RiskRegistration registration, @AuthenticationPrincipal CurrentUser user) {
        // Registered (its process grades it), then shown as the register shows it.
        RiskPointDetail registered = risks.registerAndShow(registration, user);
        return ResponseEntity.created(
                        URI.create("/api/risk-points/" + registered.point().id()))
                .body(registered);
    }

    @Operation(summary = "风险点列表")
    @GetMapping
    List<RiskPoint> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String status,
            @AuthenticationPrincipal CurrentUser user) {
        return register.list(
                new RiskMapper.Filter(
                        year, unit, parse(RiskGrade.class, "grade", grade), parse(RiskStatus.class, "status", status)),
                user);
    }

    @Operation(summary = "各单位风险点汇总（年度）")
    @GetMapping("/summary")
    List<RiskUnitSummary> summary(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
        return register.summary(year, user);
    }

    /** The register as .xlsx; {@code unit} is accepted too, as the list takes it. */
    @Operation(summary = "导出风险点台账（.xlsx）")
    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam int year,
            @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal CurrentUser user) {
        return ledger.export(year, unitId != null ? unitId : unit, user).response();
    }

    @Operation(summary = "查看风险点")
    @GetMapping("/{id}")
    RiskPointDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return register.detail(id, user);
    }

    @Operation(summary = "上传整改措施佐证")
    @PostMapping(path = "/{id}/measures/{measureId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    RiskMeasure evidence(
            @PathVariable long id,
            @PathVariable long measureId,
            @RequestPart("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) {
        try {
            return evidence.attachEvidence(
                    id, measureId, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw ApiException.invalidField(field, "无效的取值：" + value);
    }
}
