package cn.qinglian.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The letter PDF with a signer named with 生僻字 outside the BMP (𠀾 U+2003E, 𡘙 U+21619) and an emoji
 * opinion. The bundled font (WenQuanYi Zen Hei, GBK) has neither; the fallback fonts do (HanaMinB from
 * fonts-hanazono, Symbola from fonts-symbola), so they print and can be searched. The fonts are required
 * here — .ci/run and the Docker image install them — so a machine without them fails rather than skips.
 * Without them (a missing file) the characters print as □ and the PDF is still produced.
 * See docs/adr/0002-letter-pdf-font.md.
 */
class LetterPdfRareCharacterTest {

    private static final LetterVersion TEXT = new LetterVersion(
            1,
            1,
            1,
            "2098年度党风廉政建设责任书",
            "严守政治纪律𠀾\n落实主体责任",
            null,
            null,
            null,
            "office1",
            Instant.parse("2098-01-02T03:00:00Z"));
    private static final Signature SIGNATURE = new Signature(
            1,
            1,
            "r1",
            "王𠀾𡘙",
            "leader1",
            "李明",
            2,
            "d02",
            "办公室",
            Signature.SignatureStatus.SIGNED,
            1,
            null,
            "坚决落实😀👍",
            Instant.parse("2098-01-05T03:00:00Z"),
            null,
            null,
            null);

    @Test
    void charactersTheMainFontLacksPrintWithTheFallbackFonts() throws IOException {
        for (String font : LetterPdf.DEFAULT_FALLBACK_FONTS.split(",")) {
            assertThat(Path.of(font))
                    .as("fallback font %s: apt-get install fonts-hanazono fonts-symbola (.ci/run does)", font)
                    .isRegularFile();
        }

        byte[] pdf = new LetterPdf().render(TEXT, SIGNATURE, "管好班子带好队伍", null);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(document);
            assertThat(extracted).contains("乙方：王𠀾𡘙（办公室）", "乙方意见：坚决落实😀👍", "严守政治纪律𠀾", "李明");
            assertThat(extracted).doesNotContain("□");
            assertThat(fontNames(document))
                    .anyMatch(name -> name.endsWith("+HanaMinB"))
                    .anyMatch(name -> name.contains("Symbola"))
                    .allMatch(name -> name.matches("[A-Z]{6}\\+.*"));
        }
        assertThat(pdf.length).as("subsets, not 30 MB of HanaMinB").isLessThan(200_000);
    }

    @Test
    void withoutTheFallbackFontsTheyPrintAsBoxesAndTheRestSurvives() throws IOException {
        LetterPdf letterPdf = new LetterPdf(List.of("/nonexistent/HanaMinB.ttf", "/nonexistent/Symbola.ttf"));

        byte[] pdf = letterPdf.render(TEXT, SIGNATURE, "管好班子带好队伍", null);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(document);
            assertThat(extracted).contains("乙方：王□□（办公室）", "乙方意见：坚决落实□□", "严守政治纪律□", "李明");
            assertThat(extracted).doesNotContain("𠀾", "😀");
            assertThat(fontNames(document)).hasSize(1);
        }
    }

    @Test
    void aLetterWithoutRareCharactersEmbedsOnlyTheMainFont() throws IOException {
        Signature plain = new Signature(
                1,
                1,
                "r1",
                "王明",
                "leader1",
                "李明",
                2,
                "d02",
                "办公室",
                Signature.SignatureStatus.SIGNED,
                1,
                null,
                "坚决落实",
                Instant.parse("2098-01-05T03:00:00Z"),
                null,
                null,
                null);
        LetterVersion text = new LetterVersion(
                1,
                1,
                1,
                "2098年度党风廉政建设责任书",
                "严守政治纪律\n落实主体责任",
                null,
                null,
                null,
                "office1",
                Instant.parse("2098-01-02T03:00:00Z"));

        try (PDDocument document = Loader.loadPDF(new LetterPdf().render(text, plain, "管好班子带好队伍", null))) {
            assertThat(fontNames(document)).hasSize(1);
        }
    }

    private static List<String> fontNames(PDDocument document) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                String font = resources.getFont(name).getName();
                if (!names.contains(font)) {
                    names.add(font);
                }
            }
        }
        return names;
    }
}
