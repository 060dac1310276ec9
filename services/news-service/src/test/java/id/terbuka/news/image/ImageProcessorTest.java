package id.terbuka.news.image;

import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageProcessorTest {

    private final ImageProcessor processor = new ImageProcessor(40_000_000L);

    @Test
    void theExifOfAPhotoIsGoneFromEveryStoredFile() {
        byte[] upload = TestImages.jpegWithExif(2000, 1500);
        // the fixture really carries EXIF, as ImageIO sees it
        assertThat(TestImages.app1Segments(upload)).isEqualTo(1);
        assertThat(TestImages.contains(upload, TestImages.CANARY)).isTrue();

        Map<String, ImageProcessor.Encoded> files = processor.process(upload, "image/jpeg");

        assertThat(files).containsOnlyKeys("original", "list", "detail");
        for (ImageProcessor.Encoded file : files.values()) {
            assertThat(file.contentType()).isEqualTo("image/jpeg");
            assertThat(TestImages.app1Segments(file.bytes())).isZero();
            assertThat(TestImages.contains(file.bytes(), TestImages.CANARY)).isFalse();
            assertThat(TestImages.contains(file.bytes(), "Exif")).isFalse();
        }
    }

    @Test
    void renditionsHaveTheirWidthAndKeepTheAspectRatio() {
        Map<String, ImageProcessor.Encoded> files = processor.process(TestImages.jpegWithExif(2000, 1500),
                "image/jpeg");
        assertSize(files.get("original"), 2000, 1500);
        assertSize(files.get("detail"), 1200, 900);
        assertSize(files.get("list"), 480, 360);
    }

    @Test
    void aSmallImageIsNeverEnlargedAndAPngKeepsItsTransparency() {
        Map<String, ImageProcessor.Encoded> files = processor.process(TestImages.png(600, 300, true), "image/png");
        assertSize(files.get("detail"), 600, 300);
        assertSize(files.get("list"), 480, 240);
        for (ImageProcessor.Encoded file : files.values()) {
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(TestImages.read(file.bytes()).getColorModel().hasAlpha()).isTrue();
        }
    }

    @Test
    void bytesThatAreNoImageOrATruncatedOneAreRefused() {
        assertThatThrownBy(() -> processor.process("<html>bukan gambar</html>".getBytes(StandardCharsets.UTF_8),
                "image/jpeg")).isInstanceOf(ApiException.class).hasMessage("image-not-decodable");
        byte[] png = TestImages.png(400, 400, false);
        byte[] truncated = Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> processor.process(truncated, "image/png"))
                .isInstanceOf(ApiException.class).hasMessage("image-not-decodable");
    }

    @Test
    void anImageWithTooManyPixelsIsRefusedBeforeDecoding() {
        ImageProcessor small = new ImageProcessor(100 * 100);
        assertThatThrownBy(() -> small.process(TestImages.png(101, 100, false), "image/png"))
                .isInstanceOf(ApiException.class).hasMessage("image-too-large");
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() throws Exception {
        ImageTypeDetector detector = new ImageTypeDetector();
        assertThat(detector.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(
                TestImages.jpegWithExif(50, 50))))).isEqualTo("image/jpeg");
        assertThat(detector.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(
                TestImages.png(50, 50, false))))).isEqualTo("image/png");
        assertThat(detector.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(
                "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))))).isEqualTo("application/pdf");
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(detector.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(webp))))
                .isEqualTo("image/webp");
    }

    @Test
    void aPortraitPhotoFromAPhoneIsTurnedUprightAndLosesItsGpsData() {
        byte[] upload = TestImages.jpegWithOrientation(64, 32, 6);
        assertThat(ExifOrientation.of(upload)).isEqualTo(6);
        assertThat(TestImages.contains(upload, TestImages.GPS_CANARY)).isTrue();

        Map<String, ImageProcessor.Encoded> files = processor.process(upload, "image/jpeg");

        for (ImageProcessor.Encoded file : files.values()) {
            assertSize(file, 32, 64); // the sides swap
            assertThat(TestImages.app1Segments(file.bytes())).isZero();
            assertThat(TestImages.contains(file.bytes(), TestImages.GPS_CANARY)).isFalse();
            assertThat(TestImages.contains(file.bytes(), "Exif")).isFalse();
        }
        // turned clockwise: the left (red) half of the stored pixels is now the top
        BufferedImage upright = TestImages.read(files.get(Renditions.ORIGINAL).bytes());
        assertThat(upright.getWidth()).isEqualTo(32);
        assertThat(new Color(upright.getRGB(16, 8)).getRed()).isGreaterThan(200);
        assertThat(new Color(upright.getRGB(16, 8)).getBlue()).isLessThan(60);
        assertThat(new Color(upright.getRGB(16, 56)).getBlue()).isGreaterThan(200);
        assertThat(new Color(upright.getRGB(16, 56)).getRed()).isLessThan(60);
    }

    @Test
    void everyOrientationMapsTheCornersAsExifDefinesThem() {
        // a 2x1 source: left pixel red, right pixel blue
        BufferedImage source = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        source.setRGB(0, 0, 0xFF0000);
        source.setRGB(1, 0, 0x0000FF);
        assertThat(ExifOrientation.apply(source, 1)).isSameAs(source);
        assertThat(pixels(ExifOrientation.apply(source, 2))).isEqualTo("B R");
        assertThat(pixels(ExifOrientation.apply(source, 3))).isEqualTo("B R");
        assertThat(pixels(ExifOrientation.apply(source, 4))).isEqualTo("R B");
        assertThat(pixels(ExifOrientation.apply(source, 5))).isEqualTo("R/B");
        assertThat(pixels(ExifOrientation.apply(source, 6))).isEqualTo("R/B");
        assertThat(pixels(ExifOrientation.apply(source, 7))).isEqualTo("B/R");
        assertThat(pixels(ExifOrientation.apply(source, 8))).isEqualTo("B/R");
    }

    @Test
    void aJpegWithoutOrBrokenExifKeepsItsPixelsAsTheyAre() {
        assertThat(ExifOrientation.of(TestImages.jpegWithExif(20, 10))).isEqualTo(1); // EXIF without the tag
        assertThat(ExifOrientation.of(TestImages.png(20, 10, false))).isEqualTo(1);
        byte[] broken = TestImages.jpegWithOrientation(20, 10, 6);
        int tiff = new String(broken, StandardCharsets.ISO_8859_1).indexOf("Exif") + 6;
        broken[tiff + 4] = (byte) 0xF0; // IFD0 offset far beyond the segment
        assertThat(ExifOrientation.of(broken)).isEqualTo(1);
        assertSize(processor.process(broken, "image/jpeg").get(Renditions.ORIGINAL), 20, 10);
    }

    /** Pixels row by row ("R"/"B"), columns separated by a space, rows by a slash. */
    private static String pixels(BufferedImage image) {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            if (y > 0) {
                out.append('/');
            }
            for (int x = 0; x < image.getWidth(); x++) {
                if (x > 0) {
                    out.append(' ');
                }
                out.append((image.getRGB(x, y) & 0xFF0000) != 0 ? 'R' : 'B');
            }
        }
        return out.toString();
    }

    private static void assertSize(ImageProcessor.Encoded file, int width, int height) {
        assertThat(file.width()).isEqualTo(width);
        assertThat(file.height()).isEqualTo(height);
        BufferedImage decoded = TestImages.read(file.bytes());
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
    }
}
