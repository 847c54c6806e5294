package org.openluna.shared.auth;

import java.time.Instant;
import java.util.Optional;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Times;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /6/tokens} and {@code PUT /6/tokens/{token_id}} (seed l.156-253, 310-358):
 * permissions and expiration_time (null: never) are required.
 */
public record TokenRequest(Permissions permissions, String description, Instant expirationTime, VisibilityArea visibilityArea) {
    private static final java.util.Set<String> FIELDS = java.util.Set.of("permissions", "description", "expiration_time", "visibility_area");

    public static TokenRequest fromJson(JsonNode body, boolean grantAllPermissions) {
        if (!body.isObject()) {
            throw Check.invalid("", "must be an object");
        }
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                throw Check.invalid(name, "extra fields not permitted");
            }
        });
        var permissions = PermissionsJson.read(Check.required(body.get("permissions"), "permissions"), "permissions");
        if (grantAllPermissions) {
            permissions = Permissions.all();
        }
        var description = body.get("description");
        if (description != null && !description.isString()) {
            throw Check.invalid("description", "must be a string");
        }
        String descriptionText = description == null ? "" : Check.length(description.asString(), "description", 0, 128);
        var expiration = Check.required(body.get("expiration_time"), "expiration_time");
        Instant expirationTime = null;
        if (!expiration.isNull()) {
            if (!expiration.isString()) {
                throw Check.invalid("expiration_time", "must be an RFC 3339 date-time or null");
            }
            expirationTime = Times.parseAbsolute(expiration.asString())
                    .orElseThrow(() -> Check.invalid("expiration_time", "must be an RFC 3339 date-time or null"));
        }
        var area = Optional.ofNullable(body.get("visibility_area"))
                .map(v -> VisibilityArea.parse(v.isString() ? v.asString() : "")
                        .orElseThrow(() -> Check.invalid("visibility_area", "must be one of ['account', 'all']")))
                .orElse(VisibilityArea.ALL);
        return new TokenRequest(permissions, descriptionText, expirationTime, area);
    }
}
