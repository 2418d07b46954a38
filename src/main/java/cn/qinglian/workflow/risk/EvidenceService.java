package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A measure's 佐证材料: the file its owner attaches, checked for owner, type, size and content. */
@Service
class EvidenceService {

    private final RiskMapper mapper;
    private final RiskProperties properties;

    EvidenceService(RiskMapper mapper, RiskProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    /** The owner of a measure attaches evidence: size and type are checked, the file is kept in the register. */
    @Transactional
    RiskMeasure attachEvidence(
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
