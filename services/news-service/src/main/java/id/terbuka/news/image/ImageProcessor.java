package id.terbuka.news.image;

import id.terbuka.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes an uploaded image and writes it anew: only the pixels survive, so EXIF (GPS position, camera, owner),
 * XMP, IPTC and comments are gone from everything stored. PNG stays PNG (transparency kept); JPEG and anything
 * else decodable (WebP when an ImageIO plugin for it is present) become JPEG. Renditions for the list and the
 * detail page are scaled to a width, never enlarged, keeping the aspect ratio. A JPEG's EXIF orientation is applied
 * to the pixels first, so portrait photos from phones stay upright.
 */
public class ImageProcessor {

    /** Rendition names and their widths in pixels; {@code original} keeps the uploaded size. */
    public static final Map<String, Integer> WIDTHS = Map.of(Renditions.LIST, 480, Renditions.DETAIL, 1200);
    private static final float JPEG_QUALITY = 0.85f;

    private final long maxPixels;

    public ImageProcessor(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** One written file: bytes, type and size in pixels. */
    public record Encoded(byte[] bytes, String contentType, int width, int height) {
    }

    /**
     * The re-encoded original and its renditions (keys {@link Renditions#ORIGINAL}, {@link Renditions#LIST},
     * {@link Renditions#DETAIL}).
     *
     * @throws ApiException 422 {@code image-not-decodable} (not an image ImageIO can read), 422 {@code image-too-large}
     *                      (more pixels than allowed)
     */
    public Map<String, Encoded> process(byte[] upload, String detectedType) {
        boolean png = "image/png".equals(detectedType);
        // the stored files carry no EXIF, so a phone's "turn this for viewing" tag must be applied to the pixels
        BufferedImage image = png ? decode(upload) : ExifOrientation.apply(decode(upload), ExifOrientation.of(upload));
        Map<String, Encoded> result = new LinkedHashMap<>();
        result.put(Renditions.ORIGINAL, encode(image, png));
        for (String name : new String[]{Renditions.LIST, Renditions.DETAIL}) {
            result.put(name, encode(scaleToWidth(image, WIDTHS.get(name)), png));
        }
        return result;
    }

    private BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notDecodable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignore metadata: it is never read, let alone kept
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw ApiException.unprocessable("image-too-large", reader.getWidth(0), reader.getHeight(0));
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw notDecodable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw notDecodable(); // truncated, corrupt, CMYK JPEG, ...: refuse rather than 500
        }
    }

    /** Scaled to {@code width} (never enlarged), aspect kept; halving steps first for a smooth result. */
    static BufferedImage scaleToWidth(BufferedImage source, int width) {
        if (source.getWidth() <= width) {
            return source;
        }
        int targetHeight = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
        }
        current = draw(current, width, targetHeight);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static Encoded encode(BufferedImage image, boolean png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (png) {
                ImageIO.write(image, "png", out);
                return new Encoded(out.toByteArray(), "image/png", image.getWidth(), image.getHeight());
            }
            BufferedImage rgb = image;
            int type = image.getType();
            if (image.getColorModel().hasAlpha() || type == BufferedImage.TYPE_CUSTOM
                    || type == BufferedImage.TYPE_BYTE_INDEXED || type == BufferedImage.TYPE_BYTE_BINARY) {
                // JPEG has no alpha channel: draw onto white so transparent parts do not turn black. Plain RGB and
                // grey images (what a JPEG decodes to) are written as they are, without a full-size copy
                rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
                g.dispose();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(rgb, null, null), param); // no metadata: only a plain JFIF header
            } finally {
                writer.dispose();
            }
            return new Encoded(out.toByteArray(), "image/jpeg", rgb.getWidth(), rgb.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException notDecodable() {
        return ApiException.unprocessable("image-not-decodable");
    }
}
