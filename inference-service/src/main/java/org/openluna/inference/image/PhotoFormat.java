package org.openluna.inference.image;

import java.util.Optional;

/**
 * The photo formats the API takes (seed l.519: {@code image/jpeg}, {@code image/png}, {@code image/bmp},
 * {@code image/tiff}, {@code image/x-portable-pixmap} and their {@code image/x-*-base64} forms), each
 * told apart by the first bytes of the file rather than by what the client declared.
 */
public enum PhotoFormat {
    JPEG("image/jpeg", "image/x-jpeg-base64", "jpeg"),
    PNG("image/png", "image/x-png-base64", "png"),
    BMP("image/bmp", "image/x-bmp-base64", "bmp"),
    TIFF("image/tiff", "image/x-tiff-base64", "tiff"),
    /** The Netpbm family: PPM, and the PGM and PBM files that share its content type, binary or ASCII. */
    PNM("image/x-portable-pixmap", "image/x-portable-pixmap-base64", "pnm");

    private final String contentType;
    private final String base64ContentType;
    private final String readerFormatName;

    PhotoFormat(String contentType, String base64ContentType, String readerFormatName) {
        this.contentType = contentType;
        this.base64ContentType = base64ContentType;
        this.readerFormatName = readerFormatName;
    }

    public String contentType() { return contentType; }

    public String base64ContentType() { return base64ContentType; }

    String readerFormatName() { return readerFormatName; }

    /** The format whose signature the bytes start with, if it is one we read. */
    public static Optional<PhotoFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 'B', 'M')) {
            return Optional.of(BMP);
        }
        // classic TIFF (42) and BigTIFF (43), either byte order
        if (startsWith(bytes, 'I', 'I', 42, 0) || startsWith(bytes, 'M', 'M', 0, 42)
                || startsWith(bytes, 'I', 'I', 43, 0) || startsWith(bytes, 'M', 'M', 0, 43)) {
            return Optional.of(TIFF);
        }
        // P1..P3 are the ASCII forms of PBM, PGM and PPM, P4..P6 the binary ones; whitespace must follow
        if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] >= '1' && bytes[1] <= '6' && isPnmWhitespace(bytes[2])) {
            return Optional.of(PNM);
        }
        return Optional.empty();
    }

    /** The name of a well-known image format we do not read, so a refusal can say what was sent. */
    static Optional<String> nameOfUnsupported(byte[] bytes) {
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of("GIF");
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of("WebP");
        }
        if (startsWith(bytes, 0x00, 0x00, 0x00, 0x0C, 'j', 'P', ' ', ' ') || startsWith(bytes, 0xFF, 0x4F, 0xFF, 0x51)) {
            return Optional.of("JPEG 2000");
        }
        if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
            return Optional.of("HEIF/AVIF");
        }
        return Optional.empty();
    }

    private static boolean isPnmWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
