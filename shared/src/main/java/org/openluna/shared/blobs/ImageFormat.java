package org.openluna.shared.blobs;

import java.util.Arrays;
import java.util.Optional;

/** The image content types the image and sample stores accept (seed l.1585, l.1704), each with its file signature. */
public enum ImageFormat {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    BMP("image/bmp", new byte[] {'B', 'M'}),
    TIFF("image/tiff", null),
    PPM("image/x-portable-pixmap", null);

    private final String contentType;
    private final byte[] signature;

    ImageFormat(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() { return contentType; }

    /** The file name extension a file of this format usually has. */
    public String extension() {
        return switch (this) {
            case JPEG -> "jpg";
            case TIFF -> "tif";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    public static Optional<ImageFormat> ofContentType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.contentType.equals(mediaType)).findFirst();
    }

    /**
     * The format of a photo sent for detection: the stores' types, and their base64 text forms
     * ({@code image/x-jpeg-base64}, ..., seed l.1506) that detection accepts as well.
     */
    public static Optional<ImageFormat> ofPhotoContentType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.contentType.equals(mediaType) || f.base64ContentType().equals(mediaType)).findFirst();
    }

    public String base64ContentType() {
        return (this == PPM ? "image/x-portable-pixmap" : contentType.replace("image/", "image/x-")) + "-base64";
    }

    /** True when the bytes start as a file of this format must; the decoder does the full check later. */
    public boolean matches(byte[] bytes) {
        return switch (this) {
            case TIFF -> startsWith(bytes, new byte[] {'I', 'I', 42, 0}) || startsWith(bytes, new byte[] {'M', 'M', 0, 42});
            case PPM -> bytes.length > 2 && bytes[0] == 'P' && (bytes[1] == '6' || bytes[1] == '3')
                    && Character.isWhitespace(bytes[2]);
            default -> startsWith(bytes, signature);
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
