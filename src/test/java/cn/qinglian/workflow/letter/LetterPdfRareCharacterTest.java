package cn.qinglian.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The letter PDF with a signer named with 生僻字 outside the BMP (𠀾 U+2003E, 𡘙 U+21619) and an emoji
 * opinion. The bundled font (WenQuanYi Zen Hei, GBK) has neither, so they print as □ — the PDF
 * is still produced and every other character of the name and opinion is real, searchable text.
 * See docs/adr/0002-letter-pdf-font.md.
 */
class LetterPdfRareCharacterTest {

    @Test
    void charactersTheFontLacksPrintAsBoxesAndTheRestSurvives() throws IOException {
        LetterVersion text = new LetterVersion(1, 1, 1, "2098年度党风廉政建设责任书", "严守政治纪律𠀾\n落实主体责任", null, null, null,
                "office1", Instant.parse("2098-01-02T03:00:00Z"));
        Signature signature = new Signature(1, 1, "r1", "王𠀾𡘙", "leader1", "李明", 2, "d02", "办公室",
                Signature.SignatureStatus.SIGNED, 1, null, "坚决落实😀👍", Instant.parse("2098-01-05T03:00:00Z"), null, null);

        byte[] pdf = new LetterPdf().render(text, signature, "管好班子带好队伍");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(document);
            assertThat(extracted).contains("乙方：王□□（办公室）", "乙方意见：坚决落实□□", "严守政治纪律□", "李明");
            assertThat(extracted).doesNotContain("𠀾", "😀");
        }
    }
}
