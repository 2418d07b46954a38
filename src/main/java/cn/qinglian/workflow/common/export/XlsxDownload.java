package cn.qinglian.workflow.common.export;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An .xlsx to download. {@code fileName} such as 2027年度责任书签订台账.xlsx goes out as RFC 5987
 * {@code filename*} (UTF-8), which Excel, WPS and browsers use; {@code asciiName} such as
 * letters-2027.xlsx as the plain {@code filename} for clients that do not read it.
 */
public record XlsxDownload(String fileName, String asciiName, byte[] content) {

    private static final MediaType XLSX = MediaType.parseMediaType(XlsxWorkbook.CONTENT_TYPE);
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    public ResponseEntity<byte[]> response() {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition())
                .body(content);
    }

    String contentDisposition() {
        return "attachment; filename=\"" + safe(asciiName).replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(safe(fileName));
    }

    /** No path separators, quotes or control characters from user text (a campaign's name, say). */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    private static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
