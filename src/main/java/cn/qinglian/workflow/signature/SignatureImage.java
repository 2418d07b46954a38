package cn.qinglian.workflow.signature;

import cn.qinglian.workflow.common.error.ApiException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * A drawn signature as the phone sends it, checked: a PNG (by its bytes, not its name), at most
 * {@value #MAX_BYTES} bytes and {@value #MAX_WIDTH}×{@value #MAX_HEIGHT} pixels, with ink on it. Kept
 * re-encoded, so nothing but the pixels comes from the phone.
 */
record SignatureImage(byte[] png, int width, int height) {

    static final int MAX_BYTES = 200 * 1024;
    static final int MAX_WIDTH = 2000;
    static final int MAX_HEIGHT = 1000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Fewer drawn pixels than this is a tap, not a signature. */
    private static final int MIN_INK = 200;

    static SignatureImage check(byte[] data) {
        if (data == null || data.length == 0) {
            throw invalid("签名为空，请在签名区手写签名。");
        }
        if (data.length > MAX_BYTES) {
            throw invalid("签名图片不能超过 " + MAX_BYTES / 1024 + " KB。");
        }
        if (data.length < PNG.length || !Arrays.equals(Arrays.copyOf(data, PNG.length), PNG)) {
            throw invalid("签名须为 PNG 图片。");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw invalid("签名图片无法读取，请重新签名。");
        }
        if (image.getWidth() > MAX_WIDTH || image.getHeight() > MAX_HEIGHT) {
            throw invalid("签名图片不能大于 " + MAX_WIDTH + "×" + MAX_HEIGHT + " 像素。");
        }
        if (ink(image) < MIN_INK) {
            throw invalid("签名区几乎是空白的，请手写签名后再提交。");
        }
        return new SignatureImage(encode(image), image.getWidth(), image.getHeight());
    }

    /** Pixels that are drawn: not transparent, and darker than the paper. */
    private static int ink(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int light = ((argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF)) / 3;
                if (alpha > 64 && light < 160) {
                    count++;
                }
            }
        }
        return count;
    }

    private static byte[] encode(BufferedImage image) {
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        argb.getGraphics().drawImage(image, 0, 0, null);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(argb, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException invalid(String message) {
        return ApiException.invalidField("signature", message);
    }
}
