package cn.qinglian.workflow.common.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormMarkdownTest {

    @Test
    void typedTextIsShownAsTypedWithItsLineBreaks() {
        assertThat(FormMarkdown.literal("*重点* #1\n===\n<b>")).isEqualTo("\\*重点\\* \\#1  \n\\=\\=\\=  \n\\<b\\>");
        assertThat(FormMarkdown.literal("  ")).isEqualTo("（无）");
        assertThat(FormMarkdown.day(LocalDate.of(2027, 3, 31))).isEqualTo("2027年3月31日");
    }

    @Test
    void plainTextGivesBackWhatWasTyped() {
        String typed = "*重点* #1 \\ 𠀾😀\n===\n<b>";
        assertThat(FormMarkdown.plain(FormMarkdown.literal(typed))).isEqualTo(typed);
    }

    @Test
    void aTextOverAVariablesRoomIsCutWithoutBreakingAnEscapeOrACharacter() {
        String escaped = FormMarkdown.literal("*".repeat(2000));
        String capped = FormMarkdown.capped(escaped);
        assertThat(capped).hasSizeLessThanOrEqualTo(FormMarkdown.MAX_TEXT).endsWith(FormMarkdown.CUT);
        String kept = capped.substring(0, capped.length() - FormMarkdown.CUT.length());
        assertThat(kept).matches("(\\\\\\*)+");

        String rare = "𠀀".repeat(2000); // outside the BMP: two chars each
        String cut = FormMarkdown.capped(rare);
        assertThat(cut.substring(0, cut.length() - FormMarkdown.CUT.length())).matches("(𠀀)+");

        assertThat(FormMarkdown.capped("短")).isEqualTo("短");
        assertThat(FormMarkdown.capped(null)).isNull();
    }
}
