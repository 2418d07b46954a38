package cn.qinglian.workflow.common.sheets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the text of a CSV as Excel saves it: UTF-8 (with or without BOM) or, on Chinese
 * Windows, GBK. GB18030 is used for the latter since it is GBK's superset and also holds the
 * rare characters (生僻字) GBK lacks. Anything that is neither is refused, not guessed at.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    static Optional<String> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return Optional.empty(); // UTF-16 ("Unicode text" in Excel)
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty(); // UTF-16 or a binary file
            }
        }
        return strict(StandardCharsets.UTF_8, bytes, 0).or(() -> strict(GB18030, bytes, 0));
    }

    private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
