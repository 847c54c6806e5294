package org.openluna.shared.faces;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Check;

/**
 * The fields a client sets on a face, with the seed's limits (l.2027-2033): {@code external_id} at
 * most 36 characters, {@code user_data} 128, {@code avatar} a URI reference of 256. The first three
 * are empty strings when not given, as the seed's defaults say; {@code eventId} is null then.
 */
public record FaceFields(String externalId, String userData, String avatar, UUID eventId) {
    public static final int MAX_EXTERNAL_ID = 36;
    public static final int MAX_USER_DATA = 128;
    public static final int MAX_AVATAR = 256;

    public FaceFields {
        Objects.requireNonNull(externalId, "external id");
        Objects.requireNonNull(userData, "user data");
        Objects.requireNonNull(avatar, "avatar");
        Check.length(externalId, "external_id", 0, MAX_EXTERNAL_ID);
        Check.length(userData, "user_data", 0, MAX_USER_DATA);
        Check.length(avatar, "avatar", 0, MAX_AVATAR);
        if (!isUriReference(avatar)) {
            throw Check.invalid("avatar", "must be a URI reference");
        }
    }

    public static FaceFields none() {
        return new FaceFields("", "", "", null);
    }

    private static boolean isUriReference(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
