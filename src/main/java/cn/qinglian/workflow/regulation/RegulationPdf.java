package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.pdf.PdfFonts;
import cn.qinglian.workflow.common.pdf.PdfFonts.Segment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

/**
 * A compilation as an A4 PDF in Chinese: a cover (title, issuer, date), a table of contents whose page
 * numbers are those the regulations' titles are printed on, the chapters with each regulation (title, 文号,
 * text) starting on a page of its own, and "第 n 页 / 共 N 页" at the foot of every page.
 *
 * <p>Fonts as the letter PDF's ({@link PdfFonts}, docs/adr/0002-letter-pdf-font.md): the bundled WenQuanYi Zen
 * Hei, embedded as a subset, and for characters it lacks (生僻字 of CJK Extension B, emoji) the first fallback
 * font that has them; a character no font has prints as □.
 *
 * <p>The pages are laid out before anything is drawn: the body first, then the contents (their length
 * does not depend on the numbers, whose width is reserved), then every page is drawn with the numbers known.
 */
@Component
class RegulationPdf {

    private static final float MARGIN = 64;
    private static final float FOOT = 36;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN;
    /** Room kept at the right of a contents line for its page number. */
    private static final float NUMBER_WIDTH = 36;

    private static final float BODY = 12;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PdfFonts fonts;

    /** What the PDF prints. */
    record Content(String title, String issuer, LocalDate date, List<Chapter> chapters) {}

    record Chapter(String title, List<Entry> entries) {}

    /** A regulation: its text, or (when only a file was attached) the file's name. */
    record Entry(String title, String docNumber, String issuer, String text, String fileName) {}

    RegulationPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(Content content) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFonts.Loaded fonts = this.fonts.load(doc);

            Layout cover = cover(fonts, content);
            Body body = body(fonts, content);

            // The contents are laid out twice: once to count their pages, then with the numbers.
            int tocPages = contents(fonts, content, body, 0).pageCount();
            int firstBodyPage = 1 + cover.pageCount() + tocPages;
            Layout toc = contents(fonts, content, body, firstBodyPage);
            if (toc.pageCount() != tocPages) {
                throw new IllegalStateException("Contents changed length once numbered");
            }

            List<Layout.Page> pages = new ArrayList<>();
            pages.addAll(cover.pages());
            pages.addAll(toc.pages());
            pages.addAll(body.layout().pages());
            for (int p = 0; p < pages.size(); p++) {
                draw(doc, fonts, pages.get(p), p + 1, pages.size());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Layout cover(PdfFonts.Loaded fonts, Content content) throws IOException {
        Layout cover = new Layout(fonts);
        cover.gap(180);
        cover.centered(content.title(), 26, 40);
        cover.gap(200);
        cover.centered(content.issuer(), 16, 28);
        cover.centered(DATE.format(content.date()), 14, 24);
        return cover;
    }

    /** The chapters laid out, with the (0-based) page of the body each chapter and each regulation starts on. */
    private record Body(Layout layout, List<Integer> chapterPages, List<Integer> entryPages) {}

    private static Body body(PdfFonts.Loaded fonts, Content content) throws IOException {
        Body body = new Body(new Layout(fonts), new ArrayList<>(), new ArrayList<>());
        Layout layout = body.layout();
        for (int c = 0; c < content.chapters().size(); c++) {
            Chapter chapter = content.chapters().get(c);
            layout.newPageUnlessEmpty();
            body.chapterPages().add(layout.pageIndex());
            layout.centered(chapterHeading(c, chapter), 18, 30);
            for (int e = 0; e < chapter.entries().size(); e++) {
                if (e > 0) {
                    layout.newPageUnlessEmpty();
                }
                body.entryPages().add(layout.pageIndex());
                entry(layout, chapter.entries().get(e));
            }
        }
        return body;
    }

    /** A regulation: its title and 文号 centred, then its text paragraph by paragraph (or where the original is). */
    private static void entry(Layout layout, Entry entry) throws IOException {
        layout.gap(8);
        layout.centered(entry.title(), 16, 26);
        layout.centered("（" + entry.docNumber() + "）", BODY, 22);
        layout.gap(8);
        if (entry.text() == null || entry.text().isBlank()) {
            String file = entry.fileName() == null ? "未录入全文" : "全文见原件：" + entry.fileName();
            layout.paragraph("（" + file + "）", BODY, 0);
            return;
        }
        for (String paragraph : entry.text().split("\\R")) {
            if (!paragraph.isBlank()) {
                layout.paragraph(paragraph.strip(), BODY, 2 * BODY);
            }
        }
    }

    /** The contents: each chapter and, under it, each regulation with the page its title is on. */
    private static Layout contents(PdfFonts.Loaded fonts, Content content, Body body, int firstBodyPage)
            throws IOException {
        Layout toc = new Layout(fonts);
        toc.centered("目    录", 20, 36);
        toc.gap(8);
        int entry = 0;
        for (int c = 0; c < content.chapters().size(); c++) {
            Chapter chapter = content.chapters().get(c);
            toc.numbered(
                    chapterHeading(c, chapter),
                    14,
                    0,
                    number(firstBodyPage, body.chapterPages().get(c)));
            for (Entry e : chapter.entries()) {
                toc.numbered(
                        e.title(),
                        BODY,
                        2 * BODY,
                        number(firstBodyPage, body.entryPages().get(entry++)));
            }
        }
        return toc;
    }

    private static String number(int firstBodyPage, int bodyIndex) {
        return firstBodyPage == 0 ? "000" : String.valueOf(firstBodyPage + bodyIndex);
    }

    static String chapterHeading(int index, Chapter chapter) {
        return "第" + numeral(index + 1) + "章  " + chapter.title();
    }

    /** 1 → 一, 12 → 十二, 20 → 二十 (chapters stay well under a hundred). */
    static String numeral(int n) {
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens - 1]) + "十" + (ones == 0 ? "" : NUMERALS[ones - 1]);
    }

    private static void draw(PDDocument doc, PdfFonts.Loaded fonts, Layout.Page page, int number, int total)
            throws IOException {
        PDPage pdfPage = new PDPage(PDRectangle.A4);
        doc.addPage(pdfPage);
        try (PDPageContentStream stream = new PDPageContentStream(doc, pdfPage)) {
            for (Layout.Line line : page.lines()) {
                show(stream, line.segments(), line.size(), line.x(), line.y());
            }
            List<Segment> foot = fonts.segments("第 " + number + " 页 / 共 " + total + " 页");
            float size = 10;
            show(stream, foot, size, (PDRectangle.A4.getWidth() - PdfFonts.Loaded.width(foot, size)) / 2, FOOT);
        }
    }

    private static void show(PDPageContentStream stream, List<Segment> segments, float size, float x, float y)
            throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, y);
        for (Segment segment : segments) {
            stream.setFont(segment.font(), size);
            stream.showText(segment.text());
        }
        stream.endText();
    }

    /** Lines placed on pages top to bottom, wrapping by width; nothing is drawn yet. */
    private static final class Layout {

        record Line(List<Segment> segments, float size, float x, float y) {}

        record Page(List<Line> lines) {}

        private final PdfFonts.Loaded fonts;
        private final List<Page> pages = new ArrayList<>();
        private float y;

        Layout(PdfFonts.Loaded fonts) {
            this.fonts = fonts;
            newPage();
        }

        List<Page> pages() {
            return pages;
        }

        int pageCount() {
            return pages.size();
        }

        /** The 0-based index of the page being filled. */
        int pageIndex() {
            return pages.size() - 1;
        }

        void newPageUnlessEmpty() {
            if (!current().lines().isEmpty()) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void centered(String text, float size, float leading) throws IOException {
            for (List<Segment> line : PdfFonts.Loaded.wrap(fonts.segments(text), size, WIDTH)) {
                place(line, size, leading, MARGIN + (WIDTH - PdfFonts.Loaded.width(line, size)) / 2);
            }
        }

        void paragraph(String text, float size, float indent) throws IOException {
            List<Segment> segments = new ArrayList<>();
            if (indent > 0) {
                segments.add(new Segment(fonts.main(), "\u3000\u3000"));
            }
            segments.addAll(fonts.segments(text));
            for (List<Segment> line : PdfFonts.Loaded.wrap(segments, size, WIDTH)) {
                place(line, size, size * 1.7f, MARGIN);
            }
        }

        /** A contents line: the text (wrapped short of the number's room) and the number on its last line. */
        void numbered(String text, float size, float indent, String number) throws IOException {
            List<List<Segment>> lines = PdfFonts.Loaded.wrap(fonts.segments(text), size, WIDTH - indent - NUMBER_WIDTH);
            float leading = size * 1.8f;
            if (y - leading * lines.size() < BOTTOM) {
                newPage();
            }
            for (int i = 0; i < lines.size(); i++) {
                List<Segment> line = new ArrayList<>(lines.get(i));
                if (i == lines.size() - 1) {
                    List<Segment> digits = fonts.segments(number);
                    float used = PdfFonts.Loaded.width(line, size);
                    float numberWidth = PdfFonts.Loaded.width(digits, size);
                    float dotsWidth = WIDTH - indent - used - numberWidth;
                    float dot = PdfFonts.Loaded.width(fonts.segments("."), size);
                    int dots = Math.max(0, (int) ((dotsWidth - 2 * dot) / dot));
                    line.add(new Segment(fonts.main(), " " + ".".repeat(dots) + " "));
                    place(line, size, leading, MARGIN + indent);
                    current().lines().add(new Line(digits, size, MARGIN + WIDTH - numberWidth, y));
                } else {
                    place(line, size, leading, MARGIN + indent);
                }
            }
        }

        private void place(List<Segment> line, float size, float leading, float x) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            current().lines().add(new Line(line, size, x, y));
        }

        private Page current() {
            return pages.get(pages.size() - 1);
        }

        private void newPage() {
            pages.add(new Page(new ArrayList<>()));
            y = TOP;
        }
    }
}
