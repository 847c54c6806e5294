package org.openluna.inference.image;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A photo's declared Content-Type: the format, and whether the body is the base64 text of the file
 * ({@code image/x-jpeg-base64} and the like, seed l.519) rather than the file itself.
 */
public record PhotoContentType(PhotoFormat format, boolean isBase64) {

    public PhotoContentType {
        Objects.requireNonNull(format, "format");
    }

    public static PhotoContentType binary(PhotoFormat format) {
        return new PhotoContentType(format, false);
    }

    public static PhotoContentType base64(PhotoFormat format) {
        return new PhotoContentType(format, true);
    }

    /**
     * The photo type a Content-Type header names, ignoring case and parameters such as
     * {@code ; charset=...}; empty for anything that is not one of the seed's image types.
     */
    public static Optional<PhotoContentType> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        int semicolon = header.indexOf(';');
        var mediaType = (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        for (var format : PhotoFormat.values()) {
            if (format.contentType().equals(mediaType)) {
                return Optional.of(binary(format));
            }
            if (format.base64ContentType().equals(mediaType)) {
                return Optional.of(base64(format));
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return isBase64 ? format.base64ContentType() : format.contentType();
    }
}
