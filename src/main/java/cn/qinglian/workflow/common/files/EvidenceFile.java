package cn.qinglian.workflow.common.files;

import cn.qinglian.workflow.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/**
 * An uploaded 佐证材料 that passed the checks: a plain file name of at most 200 characters with an
 * accepted extension, not empty, within the size limit, and content that starts as that type's files do
 * (a renamed .exe is not a PDF). Every refusal is a 400 on the field {@code file}, in Chinese.
 */
public record EvidenceFile(String name, String contentType, byte[] data) {

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

    public static EvidenceFile checked(
            String fileName, String contentType, byte[] data, List<String> types, DataSize maxSize) {
        String name =
                fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").trim();
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (name.isEmpty() || name.length() > 200 || !types.contains(extension)) {
            throw ApiException.invalidField("file", "佐证材料只接受 " + String.join("、", types) + " 文件，文件名不超过 200 字");
        }
        if (data.length == 0 || data.length > maxSize.toBytes()) {
            throw ApiException.invalidField("file", "佐证材料不能为空，且不超过 " + maxSize.toMegabytes() + "MB");
        }
        if (!looksLike(extension, data)) {
            throw ApiException.invalidField(
                    "file", "文件内容与扩展名 ." + extension + " 不符，请上传真实的 " + extension.toUpperCase(Locale.ROOT) + " 文件");
        }
        return new EvidenceFile(name, contentType == null ? "application/octet-stream" : contentType, data);
    }

    private static boolean looksLike(String extension, byte[] data) {
        List<byte[]> signatures = SIGNATURES.get(extension);
        return signatures == null
                || signatures.stream()
                        .anyMatch(signature -> data.length >= signature.length
                                && Arrays.equals(Arrays.copyOf(data, signature.length), signature));
    }
}
