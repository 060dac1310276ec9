package id.terbuka.news.image;

import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

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

    private static void assertSize(ImageProcessor.Encoded file, int width, int height) {
        assertThat(file.width()).isEqualTo(width);
        assertThat(file.height()).isEqualTo(height);
        BufferedImage decoded = TestImages.read(file.bytes());
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
    }
}
