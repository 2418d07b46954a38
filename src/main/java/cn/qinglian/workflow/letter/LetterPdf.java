package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.pdf.PdfFonts;
import cn.qinglian.workflow.common.pdf.PdfFonts.Segment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A signed letter as an A4 PDF in Chinese: the letter, its aspects, the signer's duties and personal
 * duties, both parties and the dates. The font (a subset of it) is embedded, so any viewer shows it.
 * A character the main font lacks (生僻字 of CJK Extension B, emoji) is drawn with the first fallback font
 * that has it ({@code qinglian.letter.pdf.fallback-fonts}, files on the machine: HanaMinB, Symbola), also
 * embedded as a subset and only when a letter needs it; with none that has it, it prints as □. The fonts
 * are {@link PdfFonts}, shared with the regulations' compilation. See docs/adr/0002-letter-pdf-font.md.
 */
@Component
class LetterPdf {

    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** Points: a signature about as tall as two lines of handwriting. */
    private static final float SIGNATURE_HEIGHT = 48;

    static final String DEFAULT_FALLBACK_FONTS = PdfFonts.DEFAULT_FALLBACK_FONTS;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ChinaTime.ZONE);

    private final PdfFonts fonts;

    /** With the default fallback fonts. */
    LetterPdf() {
        this(PdfFonts.withDefaults());
    }

    LetterPdf(List<String> fallbackFonts) {
        this(new PdfFonts(fallbackFonts));
    }

    @Autowired
    LetterPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** {@code handSignature}: the PNG the signer drew on the phone, printed beside their name; null if none. */
    byte[] render(LetterVersion text, Signature signature, String levelDuties, byte[] handSignature) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(doc, fonts.load(doc));
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

    /** Writes lines top to bottom, wrapping by width and starting new pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PdfFonts.Loaded fonts;

        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PdfFonts.Loaded fonts) throws IOException {
            this.doc = doc;
            this.fonts = fonts;
            newPage();
        }

        void paragraph(String text, float size) throws IOException {
            for (List<Segment> line : PdfFonts.Loaded.wrap(fonts.segments(text), size, WIDTH)) {
                show(line, size, size * 1.7f);
            }
        }

        void line(String text, float size, float leading) throws IOException {
            show(fonts.segments(text), size, leading);
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
            for (Segment segment : fonts.segments(label)) {
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
    }
}
