package id.terbuka.complaint.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Removes what a photo says about its taker before it is stored: EXIF (GPS position, camera make and serial, time),
 * XMP, IPTC and comments. Lossless: the image data is copied byte for byte, only metadata segments / chunks are
 * left out. JPEG keeps APP0 (JFIF) and the APP2 ICC colour profile; PNG keeps the critical chunks and the
 * colour / transparency / pixel-size ones, nothing else.
 * <p>
 * One EXIF value is kept: the Orientation (how the phone was held). Without it a portrait photo shows lying on its
 * side. In place of the EXIF block comes a new, minimal one that holds only that tag.
 */
public final class MetadataStripper {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private MetadataStripper() {
    }

    /** @throws IllegalArgumentException the bytes are not a well-formed JPEG */
    public static byte[] jpeg(byte[] in) {
        if (in.length < 4 || (in[0] & 0xff) != 0xff || (in[1] & 0xff) != 0xd8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int i = 2;
        while (i < in.length) {
            if ((in[i] & 0xff) != 0xff) {
                throw new IllegalArgumentException("JPEG marker expected at " + i);
            }
            int marker = in[i + 1] & 0xff;
            if (marker == 0xff) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
                out.write(in, i, 2);
                i += 2;
                if (marker == 0xd9) {
                    break;
                }
                continue;
            }
            if (i + 3 >= in.length) {
                throw new IllegalArgumentException("truncated JPEG");
            }
            int length = ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
            if (length < 2 || i + 2 + length > in.length) {
                throw new IllegalArgumentException("bad JPEG segment length at " + i);
            }
            if (marker == 0xda) { // start of scan: the rest is image data (and later scans); copy as is
                out.write(in, i, in.length - i);
                break;
            }
            if (keepJpegSegment(marker, in, i + 4, length - 2)) {
                out.write(in, i, 2 + length);
            } else if (marker == 0xe1) {
                int orientation = exifOrientation(in, i + 4, length - 2);
                if (orientation > 1) {
                    out.writeBytes(orientationOnlyExif(orientation));
                }
            }
            i += 2 + length;
        }
        return out.toByteArray();
    }

    private static boolean keepJpegSegment(int marker, byte[] in, int dataStart, int dataLength) {
        if (marker == 0xfe) { // comment
            return false;
        }
        if (marker == 0xe0) { // APP0: JFIF / JFXX
            return true;
        }
        if (marker == 0xe2) { // APP2: keep the ICC profile only (FlashPix / MPF can carry more)
            return startsWith(in, dataStart, dataLength, "ICC_PROFILE");
        }
        // APP1 (EXIF, XMP), APP3..APP15 (IPTC in APP13, vendor data) go; tables and frame headers stay
        return marker < 0xe0 || marker > 0xef;
    }

    /**
     * The Orientation tag (0x0112) of IFD0 in an APP1 EXIF segment's data; 0 when there is none (or the block is not
     * EXIF, or malformed: then the photo simply loses it, as before).
     */
    static int exifOrientation(byte[] in, int start, int length) {
        int end = start + length;
        if (!startsWith(in, start, length, "Exif\0\0") || length < 14) {
            return 0;
        }
        int tiff = start + 6;
        boolean little;
        if (in[tiff] == 'I' && in[tiff + 1] == 'I') {
            little = true;
        } else if (in[tiff] == 'M' && in[tiff + 1] == 'M') {
            little = false;
        } else {
            return 0;
        }
        long ifd = tiff + unsigned32(in, tiff + 4, little);
        if (ifd < tiff + 8 || ifd + 2 > end) {
            return 0;
        }
        int entries = unsigned16(in, (int) ifd, little);
        for (int k = 0; k < entries; k++) {
            int entry = (int) ifd + 2 + 12 * k;
            if (entry + 12 > end) {
                return 0;
            }
            if (unsigned16(in, entry, little) == 0x0112) {
                int type = unsigned16(in, entry + 2, little);
                int value = type == 3 ? unsigned16(in, entry + 8, little) : 0; // SHORT, in the value field
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    /** A complete APP1 segment: "Exif\0\0", big-endian TIFF header, IFD0 with the one Orientation entry. */
    static byte[] orientationOnlyExif(int orientation) {
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8,        // header, IFD0 at offset 8
                0, 1,                               // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1,       // Orientation, SHORT, count 1
                0, (byte) orientation, 0, 0,        // value (left-justified)
                0, 0, 0, 0};                        // no next IFD
        int length = 2 + 6 + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + length);
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        return out.toByteArray();
    }

    private static int unsigned16(byte[] in, int at, boolean little) {
        int a = in[at] & 0xff;
        int b = in[at + 1] & 0xff;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private static long unsigned32(byte[] in, int at, boolean little) {
        long value = 0;
        for (int k = 0; k < 4; k++) {
            value = little ? value | ((long) (in[at + k] & 0xff) << (8 * k)) : (value << 8) | (in[at + k] & 0xff);
        }
        return value;
    }

    /** @throws IllegalArgumentException the bytes are not a well-formed PNG */
    public static byte[] png(byte[] in) {
        if (in.length < PNG_SIGNATURE.length || !startsWith(in, 0, in.length, PNG_SIGNATURE)) {
            throw new IllegalArgumentException("not a PNG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, PNG_SIGNATURE.length);
        int i = PNG_SIGNATURE.length;
        while (i + 8 <= in.length) {
            long length = ((long) (in[i] & 0xff) << 24) | ((in[i + 1] & 0xff) << 16) | ((in[i + 2] & 0xff) << 8)
                    | (in[i + 3] & 0xff);
            if (length > in.length - i - 12L) {
                throw new IllegalArgumentException("bad PNG chunk length at " + i);
            }
            String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            int total = (int) length + 12;
            if (PNG_KEPT.contains(type)) {
                out.write(in, i, total);
            }
            i += total;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] in, int start, int available, String prefix) {
        return startsWith(in, start, available, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] in, int start, int available, byte[] prefix) {
        if (available < prefix.length || start + prefix.length > in.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (in[start + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
