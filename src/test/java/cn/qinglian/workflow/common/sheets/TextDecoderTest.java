package cn.qinglian.workflow.common.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "姓名\r\n王𠀾\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        assertThat(TextDecoder.decode(withBom)).hasValue("姓名\r\n王𠀾\r\n");
        assertThat(TextDecoder.decode("单位名称".getBytes(StandardCharsets.UTF_8))).hasValue("单位名称");
    }

    @Test
    void readsGbkAsSavedByExcel() {
        assertThat(TextDecoder.decode("组织人事处,党员".getBytes(Charset.forName("GBK"))))
                .hasValue("组织人事处,党员");
    }

    @Test
    void refusesUtf16AndBinary() {
        assertThat(TextDecoder.decode("单位".getBytes(StandardCharsets.UTF_16))).isEmpty();
        assertThat(TextDecoder.decode("单位编号,单位名称".getBytes(StandardCharsets.UTF_16LE)))
                .isEmpty();
        assertThat(TextDecoder.decode(new byte[] {(byte) 0x81, 0x20, (byte) 0xFF, (byte) 0xFE}))
                .isEmpty();
    }

    @Test
    void csvHandlesQuotesCommasAndNewlinesInFields() {
        assertThat(CsvParser.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x"))
                .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("multi\nline", "x"));
    }
}
