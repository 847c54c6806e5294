package org.openluna.functions.events;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.ImageFormat;

/**
 * The request's images as {@code image_origin_policy} stores them (seed l.3376-3386): each image at most
 * once, however many of its faces' events ask for it, as the bytes of its format (a base64 body is
 * decoded first), under the account, for the policy's lifetime in days.
 */
final class ImageOrigins {
    private static final String URL = "/6/images/";

    private final BlobStore store;
    private final UUID account;
    private final List<Image> images;
    private final Clock clock;
    private final Map<Integer, String> stored = new HashMap<>();

    ImageOrigins(BlobStore store, UUID account, List<Image> images, Clock clock) {
        this.store = store;
        this.account = account;
        this.images = images;
        this.clock = clock;
    }

    /** The url of image {@code index}, stored now if it was not yet. */
    String store(int index, int ttlDays) {
        return stored.computeIfAbsent(index, i -> {
            var image = images.get(i);
            var format = format(image);
            var bytes = image.fileBytes();
            var id = UUID.randomUUID();
            var expiry = ttlDays > 0 ? clock.instant().plus(Duration.ofDays(ttlDays)) : null;
            store.put(account, id, bytes, new Blob(format, bytes.length, expiry, Map.of()));
            return URL + id;
        });
    }

    private static String format(Image image) {
        if (image.contentType() != null) {
            return ImageFormat.ofPhotoContentType(image.contentType()).map(ImageFormat::contentType).orElse("application/octet-stream");
        }
        for (var format : ImageFormat.values()) {
            if (format.matches(image.bytes())) {
                return format.contentType();
            }
        }
        return "application/octet-stream";
    }
}
