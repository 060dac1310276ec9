package id.terbuka.complaint.attachment;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a phone writes about the photographer does not survive; the picture does, pixel for pixel. */
class MetadataStripperTest {

    @Test
    void aJpegLosesItsExifAndCommentsButKeepsItsImageData() throws Exception {
        byte[] photo = TestImages.jpegWithExif();
        assertThat(TestImages.contains(photo, "Exif")).isTrue();
        assertThat(TestImages.contains(photo, TestImages.GPS)).isTrue();

        byte[] stripped = MetadataStripper.jpeg(photo);

        assertThat(TestImages.contains(stripped, "Exif")).isFalse();
        assertThat(TestImages.contains(stripped, "Canon")).isFalse();
        assertThat(TestImages.contains(stripped, "GPS")).isFalse();
        assertThat(TestImages.contains(stripped, "taken at home")).isFalse();
        assertThat(TestImages.contains(stripped, "JFIF")).isTrue();
        // exactly the plain encoding: nothing but the two metadata segments was removed
        assertThat(stripped).isEqualTo(TestImages.encode("jpg"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stripped));
        assertThat(image.getWidth()).isEqualTo(32);
        assertThat(image.getHeight()).isEqualTo(24);
    }

    @Test
    void aPortraitPhotoKeepsItsOrientationButLosesCameraAndGps() throws Exception {
        byte[] photo = TestImages.jpegWithOrientationAndGps(6);
        // read independently of the stripper: the test photo is well-formed EXIF with a GPS directory
        Metadata before = JpegMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(before.getFirstDirectoryOfType(ExifIFD0Directory.class)
                .getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

        byte[] stripped = MetadataStripper.jpeg(photo);

        assertThat(TestImages.contains(stripped, "Canon")).isFalse();
        assertThat(TestImages.contains(stripped, TestImages.GPS)).isFalse();
        Metadata after = JpegMetadataReader.readMetadata(new ByteArrayInputStream(stripped));
        ExifIFD0Directory ifd0 = after.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(ifd0.getTagCount()).isEqualTo(1);
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(after.getDirectories()).noneMatch(Directory::hasErrors);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stripped));
        assertThat(image.getWidth()).isEqualTo(32);
    }

    @Test
    void anUprightPhotoNeedsNoExifAtAll() throws Exception {
        byte[] stripped = MetadataStripper.jpeg(TestImages.jpegWithOrientationAndGps(1));
        assertThat(TestImages.contains(stripped, "Exif")).isFalse();
        assertThat(stripped).isEqualTo(TestImages.encode("jpg"));
    }

    @Test
    void aPngLosesItsTextAndExifChunks() throws Exception {
        byte[] png = TestImages.pngWithMetadata();
        byte[] stripped = MetadataStripper.png(png);

        assertThat(TestImages.contains(stripped, "eXIf")).isFalse();
        assertThat(TestImages.contains(stripped, "tEXt")).isFalse();
        assertThat(TestImages.contains(stripped, "GPS")).isFalse();
        assertThat(stripped).isEqualTo(TestImages.encode("png"));
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getRGB(10, 10))
                .isEqualTo(ImageIO.read(new ByteArrayInputStream(png)).getRGB(10, 10));
    }

    @Test
    void malformedImagesAreRefused() throws Exception {
        byte[] photo = TestImages.jpegWithExif();
        assertThatThrownBy(() -> MetadataStripper.jpeg(Arrays.copyOf(photo, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetadataStripper.jpeg("GIF89a....".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] png = TestImages.encode("png");
        png[10] = 0x7f; // first chunk length far beyond the file
        assertThatThrownBy(() -> MetadataStripper.png(png)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uploadNamesAreMadeHarmless() {
        assertThat(Attachments.safeName("../../etc/passwd", ".jpg")).isEqualTo("passwd.jpg");
        assertThat(Attachments.safeName("C:\\Users\\ani\\foto jalan \"rusak\".jpeg", ".jpg"))
                .isEqualTo("foto jalan _rusak_.jpg");
        assertThat(Attachments.safeName("laporan.exe", ".pdf")).isEqualTo("laporan.pdf");
        assertThat(Attachments.safeName(null, ".png")).isEqualTo("lampiran.png");
    }
}
