package id.terbuka.news.image;

import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Images for tests: a JPEG carrying an EXIF segment (GPS and camera canaries), PNGs, and how to inspect them. */
public final class TestImages {

    /** Text inside the EXIF segment; found in the bytes before cleaning, never after. */
    public static final String CANARY = "GPS-LAT-0.5123S-CAMERA-CANON-EOS";

    private TestImages() {
    }

    public static byte[] jpegWithExif(int width, int height) {
        byte[] jpeg = write(picture(width, height, false), "jpeg");
        byte[] tiff = tiffWithCanary();
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exifHeader.length + tiff.length;
        // after SOI and the JFIF APP0 segment, where ImageIO expects APP1
        int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.write(0xFF);
        out.write(0xE1); // APP1
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exifHeader);
        out.writeBytes(tiff);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    /** Text in the GPS IFD of {@link #jpegWithOrientation}; never in a cleaned file. */
    public static final String GPS_CANARY = "GPS-DATUM-CANARY-WGS84";

    /**
     * A phone-like JPEG: landscape pixels, left half red and right half blue, with an EXIF APP1 (little-endian
     * TIFF) carrying {@code Orientation} and a GPS IFD (latitude ref and a map datum text).
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        byte[] datum = (GPS_CANARY + "\0").getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer t = java.nio.ByteBuffer.allocate(68 + datum.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        t.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        t.putShort((short) 2); // IFD0 at 8: two entries
        t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPSInfo IFD at 38
        t.putInt(0);
        t.putShort((short) 2); // GPS IFD at 38
        t.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'S').put((byte) 0).putShort((short) 0);
        t.putShort((short) 0x0012).putShort((short) 2).putInt(datum.length).putInt(68);
        t.putInt(0);
        t.put(datum);
        return withApp1(write(image, "jpeg"), t.array());
    }

    private static byte[] withApp1(byte[] jpeg, byte[] tiff) {
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exifHeader.length + tiff.length;
        int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exifHeader);
        out.writeBytes(tiff);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    public static byte[] png(int width, int height, boolean alpha) {
        return write(picture(width, height, alpha), "png");
    }

    /** Big-endian TIFF with one IFD entry: ImageDescription (ASCII) = the canary. */
    private static byte[] tiffWithCanary() {
        byte[] text = (CANARY + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        t.writeBytes(new byte[]{'M', 'M', 0, 42, 0, 0, 0, 8}); // header, IFD0 at 8
        t.writeBytes(new byte[]{0, 1}); // one entry
        int valueOffset = 8 + 2 + 12 + 4;
        t.writeBytes(new byte[]{0x01, 0x0E, 0, 2}); // tag 270 ImageDescription, type ASCII
        t.writeBytes(new byte[]{0, 0, 0, (byte) text.length});
        t.writeBytes(new byte[]{0, 0, 0, (byte) valueOffset});
        t.writeBytes(new byte[]{0, 0, 0, 0}); // no next IFD
        t.writeBytes(text);
        return t.toByteArray();
    }

    private static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(alpha ? new Color(0, 0, 0, 0) : Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(200, 30, 30));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** APP1 segments (EXIF, XMP) in a JPEG as ImageIO's metadata tree reports them. */
    public static int app1Segments(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            return countApp1(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countApp1(Node node) {
        int count = 0;
        if ("unknown".equals(node.getNodeName()) && node.getAttributes() != null
                && node.getAttributes().getNamedItem("MarkerTag") != null
                && "225".equals(node.getAttributes().getNamedItem("MarkerTag").getNodeValue())) {
            count++;
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            count += countApp1(children.item(i));
        }
        return count;
    }

    public static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
