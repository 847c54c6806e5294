package org.openluna.streams.video;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where a stream's video comes from, as its {@code data.reference} gives it: a {@code file:} URL or an
 * absolute local path, an {@code http(s)://} URL, or an {@code rtsp://} URL.
 */
public record VideoReference(String value) {

    private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "rtsp");

    public VideoReference {
        Objects.requireNonNull(value, "video reference");
        if (value.isBlank()) {
            throw new IllegalArgumentException("video reference is empty");
        }
        if (!isLocalPath(value)) {
            String scheme = schemeOf(value);
            if (!scheme.equals("file") && !NETWORK_SCHEMES.contains(scheme)) {
                throw new IllegalArgumentException("unsupported video reference " + value
                        + ": expected a file: URL, an absolute path, http(s):// or rtsp://");
            }
            if (scheme.equals("file")) {
                localPathOf(value);
            }
        }
    }

    public static VideoReference of(Path file) {
        return new VideoReference(file.toAbsolutePath().toString());
    }

    public static VideoReference of(URI uri) {
        return new VideoReference(uri.toString());
    }

    public boolean isNetwork() {
        return !isLocalPath(value) && NETWORK_SCHEMES.contains(schemeOf(value));
    }

    public boolean isRtsp() {
        return !isLocalPath(value) && schemeOf(value).equals("rtsp");
    }

    /** What FFmpeg is handed: a plain path for local files, so that percent-escapes in file: URLs are decoded. */
    String ffmpegInput() {
        if (!isLocalPath(value) && schemeOf(value).equals("file")) {
            return localPathOf(value).toString();
        }
        return value;
    }

    private static Path localPathOf(String fileUrl) {
        try {
            return Path.of(URI.create(fileUrl));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new IllegalArgumentException("video reference " + fileUrl + " is not an absolute file: URL", e);
        }
    }

    /** The reference as error messages show it: a password in the URL is masked, since users see the message. */
    String displayName() {
        if (isLocalPath(value)) {
            return value;
        }
        try {
            URI uri = new URI(value);
            String userInfo = uri.getRawUserInfo();
            if (userInfo == null || !userInfo.contains(":")) {
                return value;
            }
            String user = userInfo.substring(0, userInfo.indexOf(':'));
            return value.replace(userInfo + "@", user + ":***@");
        } catch (URISyntaxException e) {
            return value;
        }
    }

    private static boolean isLocalPath(String value) {
        return value.startsWith("/");
    }

    private static String schemeOf(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? "" : value.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
