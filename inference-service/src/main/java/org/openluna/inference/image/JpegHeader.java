package org.openluna.inference.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a JPEG's markers before the first scan say about its colours: how many components, whether
 * libjpeg will treat three of them as YCbCr, and whether the pixels are sRGB (no ICC profile, or
 * one that is sRGB). Read so that the decoder can skip ImageIO's colour management where it would
 * change nothing.
 */
record JpegHeader(int components, boolean isYCbCr, boolean isSrgb) {
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

    /** The header of {@code jpeg}; components 0 when no frame header comes before the scan or the bytes end. */
    static JpegHeader read(byte[] jpeg) {
        boolean jfif = false;
        int adobeTransform = -1;
        int components = 0;
        int[] ids = new int[0];
        var icc = new ByteArrayOutputStream();
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                break;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {   // fill byte before a marker
                at++;
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {   // markers without a length
                at += 2;
                continue;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
            int body = at + 4;
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length || marker == 0xDA) {
                break;
            }
            if (marker == 0xE0 && startsWith(jpeg, body, end, JFIF)) {
                jfif = true;
            } else if (marker == 0xEE && startsWith(jpeg, body, end, ADOBE) && body + 11 < end) {
                adobeTransform = jpeg[body + 11] & 0xFF;
            } else if (marker == 0xE2 && startsWith(jpeg, body, end, ICC) && body + ICC.length + 2 <= end) {
                // chunks come in order in every file we have met; one out of order fails the profile's parse later
                icc.write(jpeg, body + ICC.length + 2, end - body - ICC.length - 2);
            } else if (isFrameHeader(marker) && body + 6 <= end) {
                components = jpeg[body + 5] & 0xFF;
                ids = new int[Math.min(components, (end - body - 6) / 3)];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = jpeg[body + 6 + 3 * i] & 0xFF;
                }
            }
            at = end;
        }
        // no profile means sRGB, as every browser assumes
        return new JpegHeader(components, components == 3 && libjpegSeesYCbCr(jfif, adobeTransform, ids),
                icc.size() == 0 || describesSrgb(icc.toByteArray()));
    }

    /**
     * Whether the profile names itself sRGB ("sRGB IEC61966-2.1", "sRGB built-in"), as the profiles
     * cameras and editors embed do; converting from such a profile to sRGB changes nothing but
     * rounding. Any other name ("linear sRGB", "Display P3") leaves the colours to ImageIO.
     */
    private static boolean describesSrgb(byte[] profile) {
        if (profile.length < 132) {
            return false;
        }
        int tags = readInt(profile, 128);
        for (int i = 0; i < tags && 132 + 12 * (i + 1) <= profile.length; i++) {
            int entry = 132 + 12 * i;
            if (readInt(profile, entry) == 0x64657363) {   // 'desc'
                int offset = readInt(profile, entry + 4);
                int size = readInt(profile, entry + 8);
                return offset >= 0 && size >= 12 && offset <= profile.length - size
                        && description(profile, offset, size).startsWith("sRGB");
            }
        }
        return false;
    }

    /** The text of a v2 textDescriptionType ('desc') or the first record of a v4 'mluc'; empty when neither. */
    private static String description(byte[] profile, int offset, int size) {
        int type = readInt(profile, offset);
        if (type == 0x64657363) {   // 'desc': type, reserved, ASCII count, ASCII text
            int count = readInt(profile, offset + 8);
            return count > 0 && count <= size - 12 ? new String(profile, offset + 12, count, StandardCharsets.US_ASCII).trim() : "";
        }
        if (type == 0x6D6C7563 && size >= 28) {   // 'mluc': type, reserved, records, record size, then (language, country, length, offset)
            int length = readInt(profile, offset + 20);
            int at = readInt(profile, offset + 24);
            return length > 0 && at >= 0 && at <= size - length ? new String(profile, offset + at, length, StandardCharsets.UTF_16BE).trim() : "";
        }
        return "";
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }

    /** libjpeg's own rule for three components (jdapimin.c, default_decompress_parms). */
    private static boolean libjpegSeesYCbCr(boolean jfif, int adobeTransform, int[] ids) {
        if (jfif) {
            return true;
        }
        if (adobeTransform >= 0) {
            return adobeTransform == 1;
        }
        return ids.length == 3 && !(ids[0] == 'R' && ids[1] == 'G' && ids[2] == 'B');
    }

    private static boolean isFrameHeader(int marker) {
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC)
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWith(byte[] bytes, int from, int end, byte[] prefix) {
        if (end - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
