package id.terbuka.complaint.attachment;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Photos as phones send them: with an EXIF block that names the camera and the GPS position. */
public final class TestImages {

    /** Text inside the EXIF block: if it survives, the metadata was stored. */
    public static final String CAMERA = "Canon EOS 5D Mark IV SN 0123456789";
    public static final String GPS = "GPS -0.502311 117.153721";

    private TestImages() {
    }

    public static byte[] jpegWithExif() throws IOException {
        byte[] plain = encode("jpg");
        // APP1 "Exif\0\0" + a little-endian TIFF header and the texts a real block would carry in its IFDs
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        exif.writeBytes(new byte[]{'I', 'I', 42, 0, 8, 0, 0, 0});
        exif.writeBytes((CAMERA + "\0" + GPS + "\0").getBytes(StandardCharsets.ISO_8859_1));
        byte[] app1 = exif.toByteArray();
        byte[] comment = "taken at home".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xe1, app1);
        segment(out, 0xfe, comment);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /**
     * A phone photo held upright: a well-formed little-endian EXIF block with the camera (Make), the Orientation
     * and a GPS IFD (latitude reference and a map datum carrying {@link #GPS}).
     */
    public static byte[] jpegWithOrientationAndGps(int orientation) throws IOException {
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.ISO_8859_1);
        byte[] datum = (GPS + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int makeAt = 8 + 2 + 3 * 12 + 4;
        int gpsAt = makeAt + make.length + (make.length % 2);
        int datumAt = gpsAt + 2 + 2 * 12 + 4;
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(datumAt + datum.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010f).putShort((short) 2).putInt(make.length).putInt(makeAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        tiff.putInt(0);
        tiff.position(makeAt);
        tiff.put(make);
        tiff.position(gpsAt);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'S').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(datum.length).putInt(datumAt);
        tiff.putInt(0);
        tiff.put(datum);
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        exif.writeBytes(tiff.array());
        byte[] plain = encode("jpg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xe1, exif.toByteArray());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    public static byte[] pngWithMetadata() throws IOException {
        byte[] plain = encode("png");
        int iend = plain.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, iend);
        chunk(out, "tEXt", ("Comment\0" + GPS).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "eXIf", ("II*\0" + CAMERA).getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, iend, 12);
        return out.toByteArray();
    }

    static byte[] encode(String format) throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.BLUE);
        g.fillRect(8, 8, 10, 6);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        int length = data.length + 2;
        out.write(0xff);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(data);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        long value = crc.getValue();
        out.write((int) (value >>> 24));
        out.write((int) (value >>> 16));
        out.write((int) (value >>> 8));
        out.write((int) value);
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
