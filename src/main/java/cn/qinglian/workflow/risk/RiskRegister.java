package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entering points into the risk register (台账), reading it and attaching evidence, with the register's access rules. */
@Service
public class RiskRegister {

    private final RiskMapper mapper;
    private final OrgService org;
    private final RiskProperties properties;
    private final Clock clock;

    RiskRegister(RiskMapper mapper, OrgService org, RiskProperties properties, Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RiskPoint> list(RiskMapper.Filter filter, CurrentUser user) {
        return mapper.findPoints(visible(filter, user));
    }

    /** The filter narrowed to what the user may see: a unit they may not read is refused, no unit means their own. */
    RiskMapper.Filter visible(RiskMapper.Filter filter, CurrentUser user) {
        Organisation organisation = org.organisation();
        Optional<String> own = RiskAccess.ownUnit(user, organisation);
        if (filter.unitId() != null) {
            if (organisation.unit(filter.unitId()).isEmpty()) {
                throw ApiException.invalidField("unit", "单位不存在：" + filter.unitId());
            }
            RiskAccess.requireUnit(user, organisation, filter.unitId());
        }
        String unit = filter.unitId() != null ? filter.unitId() : own.orElse(null);
        return new RiskMapper.Filter(filter.year(), unit, filter.grade(), filter.status());
    }

    @Transactional(readOnly = true)
    public List<RiskUnitSummary> summary(int year, CurrentUser user) {
        Organisation organisation = org.organisation();
        Optional<String> own = RiskAccess.ownUnit(user, organisation);
        LocalDate today = ChinaTime.today(clock);
        return mapper.summary(year, today).stream()
                .filter(line -> own.isEmpty() || own.get().equals(line.unitId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RiskPointDetail detail(long id, CurrentUser user) {
        RiskPoint point = mapper.findPoint(id);
        if (point == null) {
            throw ApiException.notFound("risk-point-not-found", "找不到风险点：" + id);
        }
        RiskAccess.requireUnit(user, org.organisation(), point.unitId());
        return describe(point);
    }

    /** A point the process holds; a missing one is the engine's inconsistency, not the caller's. */
    @Transactional(readOnly = true)
    RiskPoint point(long id) {
        RiskPoint point = mapper.findPoint(id);
        if (point == null) {
            throw new IllegalStateException("No risk point " + id);
        }
        return point;
    }

    /** The point with its grades, measures, decisions and notices, for a caller whose access is settled. */
    RiskPointDetail describe(RiskPoint point) {
        long id = point.id();
        return new RiskPointDetail(
                point,
                point.grade() == null ? null : point.grade().label(),
                point.status().label(),
                mapper.findGrades(id),
                mapper.findMeasures(id),
                mapper.findDecisions(id),
                mapper.findNotices(id));
    }

    /** The owner of a measure attaches evidence: size and type are checked, the file is kept in the register. */
    @Transactional
    public RiskMeasure attachEvidence(
            long riskPointId, long measureId, String fileName, String contentType, byte[] data, CurrentUser user) {
        RiskMeasure measure = mapper.findMeasure(measureId);
        if (measure == null || measure.riskPointId() != riskPointId) {
            throw ApiException.notFound("risk-measure-not-found", "找不到防控措施：" + measureId);
        }
        if (!measure.ownerId().equals(user.userId())) {
            throw ApiException.forbidden("只有措施责任人可以上传佐证材料。");
        }
        String name =
                fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").trim();
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (name.isEmpty() || name.length() > 200 || !properties.evidenceTypes().contains(extension)) {
            throw ApiException.invalidField(
                    "file", "佐证材料只接受 " + String.join("、", properties.evidenceTypes()) + " 文件，文件名不超过 200 字");
        }
        if (data.length == 0 || data.length > properties.evidenceMaxSize().toBytes()) {
            throw ApiException.invalidField(
                    "file", "佐证材料不能为空，且不超过 " + properties.evidenceMaxSize().toMegabytes() + "MB");
        }
        if (!looksLike(extension, data)) {
            throw ApiException.invalidField(
                    "file", "文件内容与扩展名 ." + extension + " 不符，请上传真实的 " + extension.toUpperCase(Locale.ROOT) + " 文件");
        }
        mapper.attachEvidence(
                measureId, name, contentType == null ? "application/octet-stream" : contentType, data.length, data);
        return mapper.findMeasure(measureId);
    }

    /** The first bytes every file of the type starts with; a type without a known signature is not checked. */
    private static final Map<String, List<byte[]>> SIGNATURES = Map.of(
            "pdf", List.of("%PDF".getBytes(StandardCharsets.US_ASCII)),
            "png", List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            "jpg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "doc", List.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
            "xls", List.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
            "docx", List.of(new byte[] {'P', 'K', 3, 4}),
            "xlsx", List.of(new byte[] {'P', 'K', 3, 4}));

    private static boolean looksLike(String extension, byte[] data) {
        List<byte[]> signatures = SIGNATURES.get(extension);
        return signatures == null
                || signatures.stream()
                        .anyMatch(signature -> data.length >= signature.length
                                && Arrays.equals(Arrays.copyOf(data, signature.length), signature));
    }
}
