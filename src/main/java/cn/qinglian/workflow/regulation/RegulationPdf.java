package cn.qinglian.workflow.regulation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A compilation as an A4 PDF in Chinese: a cover (title, issuer, date), a table of contents whose page
 * numbers are those the regulations' titles are printed on, the chapters with each regulation (title, 文号,
 * text) starting on a page of its own, and "第 n 页 / 共 N 页" at the foot of every page.
 *
 * <p>Fonts as the letter PDF's (docs/adr/0002-letter-pdf-font.md): the bundled WenQuanYi Zen Hei, embedded
 * as a subset, and for characters it lacks (生僻字 of CJK Extension B, emoji) the first fallback font that
 * has them ({@code qinglian.regulation.pdf-fallback-fonts}); a character no font has prints as □.
 *
 * <p>The pages are laid out before anything is drawn: the body first, then the contents (their length
 * does not depend on the numbers, whose width is reserved), then every page is drawn with the numbers known.
 */
@Component
class RegulationPdf {

    static final String FONT = "/qinglian/fonts/WenQuanZhengHei.ttf";
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
    private static final Logger log = LoggerFactory.getLogger(RegulationPdf.class);

    private final byte[] font;
    private final List<Fallback> fallbacks = new ArrayList<>();

    /** What the PDF prints. */
    record Content(String title, String issuer, LocalDate date, List<Chapter> chapters) {}

    record Chapter(String title, List<Entry> entries) {}

    /** A regulation: its text, or (when only a file was attached) the file's name. */
    record Entry(String title, String docNumber, String issuer, String text, String fileName) {}

    /** A fallback font file and which code points it has (its Unicode cmap, read once). */
    private record Fallback(Path file, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    RegulationPdf(RegulationProperties properties) {
        try (InputStream in = RegulationPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The CJK font " + FONT + " is missing: build with ./mvnw, which unpacks it");
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : properties.pdfFallbackFonts()) {
            if (name.isBlank()) {
                continue;
            }
            Path file = Path.of(name.strip());
            if (!Files.isRegularFile(file)) {
                log.warn(
                        "Compilation PDF fallback font {} is missing: characters only it has print as □ "
                                + "(install fonts-hanazono fonts-symbola, or set qinglian.regulation.pdf-fallback-fonts)",
                        file);
                continue;
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                if (cmap == null) {
                    log.warn("Compilation PDF fallback font {} has no Unicode cmap; ignored", file);
                } else {
                    fallbacks.add(new Fallback(file, cmap));
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Compilation PDF fallback font {} cannot be read ({}); ignored", file, e.toString());
            }
        }
    }

    byte[] render(Content content) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Fonts fonts = new Fonts(doc, PDType0Font.load(doc, new ByteArrayInputStream(font), true), fallbacks);

            Layout cover = new Layout(fonts);
            cover.gap(180);
            cover.centered(content.title(), 26, 40);
            cover.gap(200);
            cover.centered(content.issuer(), 16, 28);
            cover.centered(DATE.format(content.date()), 14, 24);

            Layout body = new Layout(fonts);
            List<Integer> entryPages = new ArrayList<>();
            List<Integer> chapterPages = new ArrayList<>();
            for (int c = 0; c < content.chapters().size(); c++) {
                Chapter chapter = content.chapters().get(c);
                body.newPageUnlessEmpty();
                chapterPages.add(body.pageIndex());
                body.centered(chapterHeading(c, chapter), 18, 30);
                for (int e = 0; e < chapter.entries().size(); e++) {
                    Entry entry = chapter.entries().get(e);
                    if (e > 0) {
                        body.newPageUnlessEmpty();
                    }
                    entryPages.add(body.pageIndex());
                    body.gap(8);
                    body.centered(entry.title(), 16, 26);
                    body.centered("（" + entry.docNumber() + "）", BODY, 22);
                    body.gap(8);
                    if (entry.text() == null || entry.text().isBlank()) {
                        String file = entry.fileName() == null ? "未录入全文" : "全文见原件：" + entry.fileName();
                        body.paragraph("（" + file + "）", BODY, 0);
                    } else {
                        for (String paragraph : entry.text().split("\\R")) {
                            if (!paragraph.isBlank()) {
                                body.paragraph(paragraph.strip(), BODY, 2 * BODY);
                            }
                        }
                    }
                }
            }

            // The contents are laid out twice: once to count their pages, then with the numbers.
            int tocPages = contents(fonts, content, chapterPages, entryPages, 0).pageCount();
            int firstBodyPage = 1 + cover.pageCount() + tocPages;
            Layout toc = contents(fonts, content, chapterPages, entryPages, firstBodyPage);
            if (toc.pageCount() != tocPages) {
                throw new IllegalStateException("Contents changed length once numbered");
            }

            List<Layout.Page> pages = new ArrayList<>();
            pages.addAll(cover.pages());
            pages.addAll(toc.pages());
            pages.addAll(body.pages());
            for (int p = 0; p < pages.size(); p++) {
                draw(doc, fonts, pages.get(p), p + 1, pages.size());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contents: each chapter and, under it, each regulation with the page its title is on. */
    private static Layout contents(
            Fonts fonts, Content content, List<Integer> chapterPages, List<Integer> entryPages, int firstBodyPage)
            throws IOException {
        Layout toc = new Layout(fonts);
        toc.centered("目    录", 20, 36);
        toc.gap(8);
        int entry = 0;
        for (int c = 0; c < content.chapters().size(); c++) {
            Chapter chapter = content.chapters().get(c);
            toc.numbered(chapterHeading(c, chapter), 14, 0, number(firstBodyPage, chapterPages.get(c)));
            for (Entry e : chapter.entries()) {
                toc.numbered(e.title(), BODY, 2 * BODY, number(firstBodyPage, entryPages.get(entry++)));
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

    private static void draw(PDDocument doc, Fonts fonts, Layout.Page page, int number, int total) throws IOException {
        PDPage pdfPage = new PDPage(PDRectangle.A4);
        doc.addPage(pdfPage);
        try (PDPageContentStream stream = new PDPageContentStream(doc, pdfPage)) {
            for (Layout.Line line : page.lines()) {
                show(stream, line.segments(), line.size(), line.x(), line.y());
            }
            List<Segment> foot = fonts.segments("第 " + number + " 页 / 共 " + total + " 页");
            float size = 10;
            show(stream, foot, size, (PDRectangle.A4.getWidth() - width(foot, size)) / 2, FOOT);
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

    static float width(List<Segment> segments, float size) throws IOException {
        float width = 0;
        for (Segment segment : segments) {
            width += segment.font().getStringWidth(segment.text()) / 1000 * size;
        }
        return width;
    }

    /** A piece of a line drawn in one font. */
    record Segment(PDType0Font font, String text) {}

    /** The main font and the fallbacks, loaded into one document when a character first needs one. */
    private static final class Fonts {
        private final PDDocument doc;
        private final PDType0Font main;
        private final List<Fallback> fallbacks;
        private final PDType0Font[] loaded;

        Fonts(PDDocument doc, PDType0Font main, List<Fallback> fallbacks) {
            this.doc = doc;
            this.main = main;
            this.fallbacks = fallbacks;
            this.loaded = new PDType0Font[fallbacks.size()];
        }

        /**
         * The text split into runs by the font that has each code point: the main font, else the first
         * fallback that has it; a character no font has prints as □. Tabs and line breaks become spaces.
         */
        List<Segment> segments(String text) throws IOException {
            List<Segment> segments = new ArrayList<>();
            PDType0Font current = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
                PDType0Font chosen = fontFor(ch.codePointAt(0), ch);
                if (chosen == null) {
                    chosen = main;
                    ch = "□";
                }
                if (chosen != current && run.length() > 0) {
                    segments.add(new Segment(current, run.toString()));
                    run.setLength(0);
                }
                current = chosen;
                run.append(ch);
            }
            if (run.length() > 0) {
                segments.add(new Segment(current, run.toString()));
            }
            return segments;
        }

        private PDType0Font fontFor(int cp, String ch) throws IOException {
            if (encodes(main, ch)) {
                return main;
            }
            for (int f = 0; f < fallbacks.size(); f++) {
                if (fallbacks.get(f).has(cp)) {
                    if (loaded[f] == null) {
                        // PDFBox 3: a font loaded from a File is always embedded as a subset.
                        loaded[f] =
                                PDType0Font.load(doc, fallbacks.get(f).file().toFile());
                    }
                    if (encodes(loaded[f], ch)) {
                        return loaded[f];
                    }
                }
            }
            return null;
        }

        private static boolean encodes(PDType0Font font, String ch) {
            try {
                font.encode(ch);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** Lines placed on pages top to bottom, wrapping by width; nothing is drawn yet. */
    private static final class Layout {

        record Line(List<Segment> segments, float size, float x, float y) {}

        record Page(List<Line> lines) {}

        private final Fonts fonts;
        private final List<Page> pages = new ArrayList<>();
        private float y;

        Layout(Fonts fonts) {
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
            for (List<Segment> line : wrap(fonts.segments(text), size, WIDTH)) {
                place(line, size, leading, MARGIN + (WIDTH - width(line, size)) / 2);
            }
        }

        void paragraph(String text, float size, float indent) throws IOException {
            List<Segment> segments = new ArrayList<>();
            if (indent > 0) {
                segments.add(new Segment(fonts.main, "\u3000\u3000"));
            }
            segments.addAll(fonts.segments(text));
            for (List<Segment> line : wrap(segments, size, WIDTH)) {
                place(line, size, size * 1.7f, MARGIN);
            }
        }

        /** A contents line: the text (wrapped short of the number's room) and the number on its last line. */
        void numbered(String text, float size, float indent, String number) throws IOException {
            List<List<Segment>> lines = wrap(fonts.segments(text), size, WIDTH - indent - NUMBER_WIDTH);
            float leading = size * 1.8f;
            if (y - leading * lines.size() < BOTTOM) {
                newPage();
            }
            for (int i = 0; i < lines.size(); i++) {
                List<Segment> line = new ArrayList<>(lines.get(i));
                if (i == lines.size() - 1) {
                    List<Segment> digits = fonts.segments(number);
                    float used = width(line, size);
                    float numberWidth = width(digits, size);
                    float dotsWidth = WIDTH - indent - used - numberWidth;
                    float dot = width(fonts.segments("."), size);
                    int dots = Math.max(0, (int) ((dotsWidth - 2 * dot) / dot));
                    line.add(new Segment(fonts.main, " " + ".".repeat(dots) + " "));
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

        /** Punctuation that never starts a line: it hangs at the end of the line before. */
        private static final String NO_LINE_START = "。，、；：？！）》」』”’〕】…";

        /**
         * Lines no wider than {@code width} (but for hanging punctuation), breaking between code points; a
         * segment may be split.
         */
        private static List<List<Segment>> wrap(List<Segment> segments, float size, float maxWidth) throws IOException {
            List<List<Segment>> lines = new ArrayList<>();
            List<Segment> line = new ArrayList<>();
            float width = 0;
            for (Segment segment : segments) {
                StringBuilder piece = new StringBuilder();
                for (int i = 0; i < segment.text().length(); ) {
                    int cp = segment.text().codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float w = segment.font().getStringWidth(ch) / 1000 * size;
                    if (width + w > maxWidth && width > 0 && NO_LINE_START.indexOf(cp) < 0) {
                        if (piece.length() > 0) {
                            line.add(new Segment(segment.font(), piece.toString()));
                            piece.setLength(0);
                        }
                        lines.add(line);
                        line = new ArrayList<>();
                        width = 0;
                    }
                    piece.append(ch);
                    width += w;
                    i += Character.charCount(cp);
                }
                if (piece.length() > 0) {
                    line.add(new Segment(segment.font(), piece.toString()));
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
