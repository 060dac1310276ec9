package id.terbuka.complaint.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Removes what a photo says about its taker before it is stored: EXIF (GPS position, camera make and serial, time),
 * XMP, IPTC and comments. Lossless: the image data is copied byte for byte, only metadata segments / chunks are
 * left out. JPEG keeps APP0 (JFIF) and the APP2 ICC colour profile; PNG keeps the critical chunks and the
 * colour / transparency / pixel-size ones, nothing else.
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
