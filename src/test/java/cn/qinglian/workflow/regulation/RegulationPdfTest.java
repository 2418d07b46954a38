package cn.qinglian.workflow.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.common.pdf.PdfFonts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The compilation PDF read back with PDFBox's text extraction: the contents list every regulation with the
 * number of the page its title is printed on, every page carries its number, and 生僻字 (CJK Extension B)
 * and emoji print with the fallback fonts — required here, as for the letter (.ci/run and the Docker image
 * install fonts-hanazono and fonts-symbola), so a machine without them fails rather than skips.
 */
class RegulationPdfTest {

    private static final Pattern TOC_LINE = Pattern.compile("^(.+?)\\s*\\.*\\s*(\\d+)$");
    private static final String RARE = "𠀾𡘙";
    private static final String EMOJI = "😀";

    private final RegulationPdf pdf = new RegulationPdf(PdfFonts.withDefaults());

    @Test
    void theContentsGiveThePageEachTitleIsPrintedOnAndEveryPageIsNumbered() throws IOException {
        RegulationPdf.Content content = content();

        byte[] bytes = pdf.render(content);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            List<String> text = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                text.add(page(document, p));
            }
            for (int p = 1; p <= pages; p++) {
                assertThat(text.get(p - 1)).as("page %d", p).contains("第 " + p + " 页 / 共 " + pages + " 页");
            }
            assertThat(text.get(0)).contains("2097年度机关制度汇编", "中共某市住房和城乡建设委员会党组", "2097年3月1日");

            Map<String, Integer> toc = contents(text);
            List<String> titles = content.chapters().stream()
                    .flatMap(c -> c.entries().stream())
                    .map(RegulationPdf.Entry::title)
                    .toList();
            assertThat(toc.keySet()).containsAll(titles);
            int firstBodyPage = toc.values().stream().min(Integer::compare).orElseThrow();
            assertThat(firstBodyPage)
                    .as("cover and at least two pages of contents")
                    .isGreaterThanOrEqualTo(4);
            for (String title : titles) {
                int printedOn = firstPageWith(text, title, firstBodyPage);
                assertThat(toc.get(title)).as(title).isEqualTo(printedOn);
            }
            assertThat(toc).containsKey("第一章  党风廉政").containsKey("第三章  工程建设");
            assertThat(String.join("\n", text)).contains("（建党〔2097〕7号）");
        }
    }

    @Test
    void rareCharactersAndEmojiPrintWithTheFallbackFonts() throws IOException {
        for (String font : PdfFonts.DEFAULT_FALLBACK_FONTS.split(",")) {
            assertThat(Path.of(font))
                    .as("fallback font %s: apt-get install fonts-hanazono fonts-symbola (.ci/run does)", font)
                    .isRegularFile();
        }
        RegulationPdf.Content content = new RegulationPdf.Content(
                "2097年度制度汇编",
                "机关党委",
                LocalDate.of(2097, 1, 2),
                List.of(new RegulationPdf.Chapter(
                        "综合",
                        List.of(new RegulationPdf.Entry(
                                "关于" + RARE + "同志事迹学习的通知",
                                "委办〔2097〕1号",
                                "委办公室",
                                "请认真学习" + RARE + "同志的事迹" + EMOJI + "，并按时确认。",
                                null)))));

        byte[] bytes = pdf.render(content);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String extracted = new PDFTextStripper().getText(document);
            assertThat(extracted).contains("关于" + RARE + "同志事迹学习的通知", "请认真学习" + RARE + "同志的事迹" + EMOJI);
            assertThat(extracted).doesNotContain("□");
        }
        assertThat(bytes.length).as("font subsets, not whole fonts").isLessThan(300_000);
    }

    @Test
    void aRegulationWithoutTextPointsToItsOriginal() throws IOException {
        RegulationPdf.Content content = new RegulationPdf.Content(
                "汇编",
                "机关党委",
                LocalDate.of(2097, 1, 2),
                List.of(new RegulationPdf.Chapter(
                        "财务管理",
                        List.of(new RegulationPdf.Entry("差旅费管理办法", "财行〔2097〕3号", "财政部", null, "差旅费管理办法.pdf")))));

        try (PDDocument document = Loader.loadPDF(pdf.render(content))) {
            assertThat(new PDFTextStripper().getText(document)).contains("（全文见原件：差旅费管理办法.pdf）");
        }
    }

    @Test
    void chapterNumbersAreChinese() {
        assertThat(RegulationPdf.numeral(1)).isEqualTo("一");
        assertThat(RegulationPdf.numeral(10)).isEqualTo("十");
        assertThat(RegulationPdf.numeral(12)).isEqualTo("十二");
        assertThat(RegulationPdf.numeral(20)).isEqualTo("二十");
        assertThat(RegulationPdf.numeral(35)).isEqualTo("三十五");
    }

    /**
     * Three chapters of 40 regulations, as the commission's (two pages of contents), texts of a line to several
     * pages; titles short enough to stay on one line.
     */
    private static RegulationPdf.Content content() {
        String[] chapters = {"党风廉政", "财务管理", "工程建设"};
        List<RegulationPdf.Chapter> list = new ArrayList<>();
        int n = 0;
        for (int c = 0; c < chapters.length; c++) {
            List<RegulationPdf.Entry> entries = new ArrayList<>();
            for (int e = 0; e < (c == 1 ? 10 : 15); e++) {
                n++;
                String paragraph = "第" + n + "条 各单位应当严格执行本规定，落实主体责任，加强监督检查，发现问题及时整改。";
                String text = (paragraph + "\n").repeat(n % 5 == 0 ? 60 : 1 + n % 4);
                entries.add(new RegulationPdf.Entry("测试制度第" + n + "号管理规定", "建党〔2097〕" + n + "号", "委机关党委", text, null));
            }
            list.add(new RegulationPdf.Chapter(chapters[c], entries));
        }
        return new RegulationPdf.Content("2097年度机关制度汇编", "中共某市住房和城乡建设委员会党组", LocalDate.of(2097, 3, 1), list);
    }

    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The contents' lines, from page 2 until the first page without a "目 录" style line: title → page. */
    private static Map<String, Integer> contents(List<String> pages) {
        Map<String, Integer> toc = new LinkedHashMap<>();
        for (int p = 1; p < pages.size(); p++) {
            String[] lines = pages.get(p).split("\\R");
            boolean contentsPage = p == 1 || pages.get(p).contains(" ....");
            if (!contentsPage) {
                break;
            }
            for (String line : lines) {
                Matcher m = TOC_LINE.matcher(line.strip());
                if (line.contains("....") && m.matches()) {
                    toc.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
                }
            }
        }
        return toc;
    }

    private static int firstPageWith(List<String> pages, String title, int from) {
        for (int p = from; p <= pages.size(); p++) {
            if (pages.get(p - 1).lines().anyMatch(l -> l.strip().equals(title))) {
                return p;
            }
        }
        return -1;
    }
}
