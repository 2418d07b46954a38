package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.ChinaTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A signed letter as an A4 PDF in Chinese: the letter, its aspects, the signer's duties and personal
 * duties, both parties and the dates. The font (a subset of it) is embedded, so any viewer shows it.
 * A character the main font lacks (生僻字 of CJK Extension B, emoji) is drawn with the first fallback font
 * that has it ({@code qinglian.letter.pdf.fallback-fonts}, files on the machine: HanaMinB, Symbola), also
 * embedded as a subset and only when a letter needs it; with none that has it, it prints as □.
 * See docs/adr/0002-letter-pdf-font.md.
 */
@Component
class LetterPdf {

    static final String FONT = "/qinglian/fonts/WenQuanZhengHei.ttf";
    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** Points: a signature about as tall as two lines of handwriting. */
    private static final float SIGNATURE_HEIGHT = 48;
    /** Debian's fonts-hanazono (CJK Extension B) and fonts-symbola (emoji, monochrome). */
    static final String DEFAULT_FALLBACK_FONTS = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf,"
            + "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";

    private static final Logger log = LoggerFactory.getLogger(LetterPdf.class);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ChinaTime.ZONE);

    private final byte[] font;
    private final List<Fallback> fallbacks = new ArrayList<>();

    /** A fallback font file and which code points it has (its Unicode cmap, read once). */
    private record Fallback(Path file, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** With the default fallback fonts. */
    LetterPdf() {
        this(List.of(DEFAULT_FALLBACK_FONTS.split(",")));
    }

    @Autowired
    LetterPdf(
            @Value("${qinglian.letter.pdf.fallback-fonts:" + DEFAULT_FALLBACK_FONTS + "}") List<String> fallbackFonts) {
        try (InputStream in = LetterPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The CJK font " + FONT + " is missing: build with ./mvnw, which unpacks it");
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : fallbackFonts) {
            if (name.isBlank()) {
                continue;
            }
            Path file = Path.of(name.strip());
            if (!Files.isRegularFile(file)) {
                log.warn(
                        "Letter PDF fallback font {} is missing: characters only it has print as □ "
                                + "(install fonts-hanazono fonts-symbola, or set qinglian.letter.pdf.fallback-fonts)",
                        file);
                continue;
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                if (cmap == null) {
                    log.warn("Letter PDF fallback font {} has no Unicode cmap; ignored", file);
                } else {
                    fallbacks.add(new Fallback(file, cmap));
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Letter PDF fallback font {} cannot be read ({}); ignored", file, e.toString());
            }
        }
    }

    /** {@code handSignature}: the PNG the signer drew on the phone, printed beside their name; null if none. */
    byte[] render(LetterVersion text, Signature signature, String levelDuties, byte[] handSignature) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font cjk = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            Writer writer = new Writer(doc, cjk, fallbacks);
            writer.line(text.title(), 20, 28);
            writer.gap(8);
            writer.paragraph("甲方：" + signature.counterpartName(), 12);
            writer.paragraph("乙方：" + signature.personName() + "（" + signature.unitName() + "）", 12);
            writer.gap(8);
            writer.paragraph("为深入推进全面从严治党，落实党风廉政建设责任制，甲乙双方签订本责任书，乙方承担以下责任：", 12);
            List<String> aspects = text.aspectList();
            for (int i = 0; i < aspects.size(); i++) {
                writer.paragraph((i + 1) + ". " + aspects.get(i), 12);
            }
            writer.gap(6);
            writer.paragraph("岗位责任：" + levelDuties, 12);
            if (signature.personalDuties() != null) {
                writer.paragraph("个性化责任条款：" + signature.personalDuties(), 12);
            }
            if (signature.opinion() != null) {
                writer.paragraph("乙方意见：" + signature.opinion(), 12);
            }
            writer.gap(12);
            writer.paragraph("甲方（签字）：" + signature.counterpartName() + "        乙方（签字）：" + signature.personName(), 12);
            if (handSignature != null) {
                writer.image("乙方手写签名：", handSignature, 12, SIGNATURE_HEIGHT);
            }
            writer.paragraph(
                    "签订日期：" + DATE.format(signature.signedAt()) + "        责任书版本：第 " + signature.versionSigned() + " 版",
                    12);
            writer.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A piece of a line drawn in one font. */
    private record Segment(PDType0Font font, String text) {}

    /** Writes lines top to bottom, wrapping by width and starting new pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final List<Fallback> fallbacks;
        /** The fallbacks loaded into this document, by index; loaded when a character first needs one. */
        private final PDType0Font[] loaded;

        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font, List<Fallback> fallbacks) throws IOException {
            this.doc = doc;
            this.font = font;
            this.fallbacks = fallbacks;
            this.loaded = new PDType0Font[fallbacks.size()];
            newPage();
        }

        void paragraph(String text, float size) throws IOException {
            for (List<Segment> line : wrap(segments(text), size)) {
                show(line, size, size * 1.7f);
            }
        }

        void line(String text, float size, float leading) throws IOException {
            show(segments(text), size, leading);
        }

        private void show(List<Segment> segments, float size, float leading) throws IOException {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            stream.beginText();
            stream.newLineAtOffset(MARGIN, y);
            for (Segment segment : segments) {
                stream.setFont(segment.font(), size);
                stream.showText(segment.text());
            }
            stream.endText();
        }

        /** A label and an image after it on one line, the image {@code height} points high (kept in proportion). */
        void image(String label, byte[] png, float size, float height) throws IOException {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "hand-signature");
            float width = Math.min(WIDTH / 2, image.getWidth() * height / image.getHeight());
            float drawnHeight = image.getHeight() * width / image.getWidth();
            if (y - drawnHeight - size < MARGIN) {
                newPage();
            }
            y -= drawnHeight + 4;
            stream.beginText();
            stream.newLineAtOffset(MARGIN, y + drawnHeight / 2 - size / 2);
            float labelWidth = 0;
            for (Segment segment : segments(label)) {
                stream.setFont(segment.font(), size);
                stream.showText(segment.text());
                labelWidth += segment.font().getStringWidth(segment.text()) / 1000 * size;
            }
            stream.endText();
            stream.drawImage(image, MARGIN + labelWidth + 4, y, width, drawnHeight);
        }

        void gap(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Lines no wider than the page, breaking between code points; a segment may be split. */
        private List<List<Segment>> wrap(List<Segment> segments, float size) throws IOException {
            List<List<Segment>> lines = new ArrayList<>();
            List<Segment> line = new ArrayList<>();
            float width = 0;
            for (Segment segment : segments) {
                StringBuilder piece = new StringBuilder();
                for (int i = 0; i < segment.text().length(); ) {
                    int cp = segment.text().codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float w = segment.font().getStringWidth(ch) / 1000 * size;
                    if (width + w > WIDTH && width > 0) {
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

        /**
         * The text split into runs by the font that has each code point: the main font, else the first
         * fallback that has it; characters no font has (rare 生僻字 beyond all of them) print as □ in the
         * main font rather than failing the download. Line breaks and tabs become spaces.
         */
        private List<Segment> segments(String text) throws IOException {
            List<Segment> segments = new ArrayList<>();
            PDType0Font current = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String ch = cp == '\n' || cp == '\r' || cp == '\t' ? " " : new String(Character.toChars(cp));
                PDType0Font chosen = fontFor(ch.codePointAt(0), ch);
                if (chosen == null) {
                    chosen = font;
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
            if (encodes(font, ch)) {
                return font;
            }
            for (int f = 0; f < fallbacks.size(); f++) {
                Fallback fallback = fallbacks.get(f);
                if (fallback.has(cp)) {
                    if (loaded[f] == null) {
                        loaded[f] = PDType0Font.load(
                                doc, fallback.file().toFile()); // PDFBox 3: a File is always embedded as a subset
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
}
