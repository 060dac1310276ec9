package id.terbuka.news.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF {@code Orientation} tag (0x0112) of a JPEG, read from the APP1 segment's first IFD, and applied to the
 * pixels. Phones store a portrait photo as landscape pixels plus this tag; the stored files carry no metadata at all,
 * so the rotation (or mirroring) has to be done before they are written. Anything unreadable counts as 1 (as is).
 */
final class ExifOrientation {

    static final int NORMAL = 1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {
    }

    /** The orientation (1–8) declared in a JPEG's EXIF, or 1 when there is none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
                return NORMAL;
            }
            int pos = 2;
            while (pos + 4 <= jpeg.length) {
                if (u8(jpeg, pos) != 0xFF) {
                    return NORMAL;
                }
                int marker = u8(jpeg, pos + 1);
                if (marker == 0xFF) {
                    pos++; // fill byte
                    continue;
                }
                if (marker == 0xDA || marker == 0xD9) {
                    return NORMAL; // image data starts: no EXIF before it
                }
                int length = (u8(jpeg, pos + 2) << 8) | u8(jpeg, pos + 3);
                int data = pos + 4;
                if (length < 2 || data + length - 2 > jpeg.length) {
                    return NORMAL;
                }
                if (marker == 0xE1 && length >= 2 + 6 + 8 && isExifHeader(jpeg, data)) {
                    return fromTiff(jpeg, data + 6, data + length - 2);
                }
                pos = data + length - 2;
            }
        } catch (RuntimeException malformed) {
            // an offset pointing nowhere: treat as no orientation
        }
        return NORMAL;
    }

    /** The image as it should be seen: rotated and/or mirrored as the orientation says (5–8 swap the sides). */
    static BufferedImage apply(BufferedImage source, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        // x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);  // mirrored horizontally
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);  // mirrored vertically
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);   // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);  // turned 90° clockwise to view
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: turned 90° counter-clockwise to view
        };
        boolean swap = orientation >= 5;
        int type = source.getType() == BufferedImage.TYPE_CUSTOM
                ? (source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                : source.getType();
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, type);
        Graphics2D g = target.createGraphics();
        try {
            // quarter turns and mirrors map pixels one to one: no interpolation
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(source, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean little;
        if (u8(b, tiff) == 'I' && u8(b, tiff + 1) == 'I') {
            little = true;
        } else if (u8(b, tiff) == 'M' && u8(b, tiff + 1) == 'M') {
            little = false;
        } else {
            return NORMAL;
        }
        if (u16(b, tiff + 2, little) != 42) {
            return NORMAL;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return NORMAL;
        }
        int at = (int) (tiff + ifd);
        int entries = u16(b, at, little);
        for (int i = 0; i < entries; i++) {
            int entry = at + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                if (u16(b, entry + 2, little) != TYPE_SHORT) {
                    return NORMAL;
                }
                int value = u16(b, entry + 8, little); // a single SHORT sits in the value field itself
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static boolean isExifHeader(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0
                && b[at + 5] == 0;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? u8(b, at) | (u8(b, at + 1) << 8) : (u8(b, at) << 8) | u8(b, at + 1);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little
                ? (u8(b, at) | (u8(b, at + 1) << 8) | (u8(b, at + 2) << 16) | ((long) u8(b, at + 3) << 24))
                : (((long) u8(b, at) << 24) | (u8(b, at + 1) << 16) | (u8(b, at + 2) << 8) | u8(b, at + 3));
    }
}
