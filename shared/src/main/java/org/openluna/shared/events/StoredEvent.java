package org.openluna.shared.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;
import tools.jackson.databind.JsonNode;

/**
 * An event as the events store keeps it and {@code GET /6/events} shows it (seed l.8728-8951): the
 * flattened shape, with the predominant estimations as the integer codes of ADR 0012. The nested parts
 * nothing filters on by structure (match results, detections, body attributes, meta) are kept as JSON;
 * they are copied in, so the event cannot change after it is made.
 *
 * @param handlerId null for an event saved by a user through no handler (never, as raw events name theirs)
 * @param externalId "" when not given, as the seed's default
 * @param userData "" when not given
 * @param faceId the face the event made; null when none
 * @param topMatch null when no policy found a candidate
 * @param attachResult the lists the event's face joined
 * @param descriptor the face descriptor of the event, for matching against events; null when none was
 *                   extracted or given. Not part of the event's JSON: the seed shows none there
 */
public record StoredEvent(UUID eventId, UUID accountId, UUID handlerId, Instant createTime, Instant endTime,
                          String source, UUID streamId, String externalId, String userData, String trackId, UUID faceId,
                          List<String> tags, Location location, TopMatch topMatch, JsonNode matchResult,
                          JsonNode faceDetections, JsonNode bodyDetections, List<UUID> attachResult, Estimates estimates,
                          JsonNode meta, Descriptor descriptor) {

    /**
     * The integer estimations of a stored event and the body's attribute objects; null where not estimated.
     *
     * @param emotion 1-7, {@link org.openluna.shared.subscriptions.AttributeCodes#EMOTIONS}
     * @param mask 1-3
     * @param ethnicGroup 1-4
     * @param liveness 0 spoof, 1 real, 2 unknown
     * @param deepfake 0 fake, 1 real
     */
    public record Estimates(Integer gender, Integer age, Integer emotion, Integer mask, Integer ethnicGroup, Integer liveness,
                            Integer deepfake, JsonNode bodyBasicAttributes, JsonNode upperBody, JsonNode lowerBody,
                            JsonNode accessories) {
        public static final Estimates NONE = new Estimates(null, null, null, null, null, null, null, null, null, null, null);

        public Estimates {
            bodyBasicAttributes = copy(bodyBasicAttributes);
            upperBody = copy(upperBody);
            lowerBody = copy(lowerBody);
            accessories = copy(accessories);
        }
    }

    public StoredEvent {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(createTime, "create time");
        Objects.requireNonNull(endTime, "end time");
        Objects.requireNonNull(externalId, "external id");
        Objects.requireNonNull(userData, "user data");
        tags = List.copyOf(tags);
        Objects.requireNonNull(location, "location");
        matchResult = copy(matchResult);
        faceDetections = copy(faceDetections);
        bodyDetections = copy(bodyDetections);
        attachResult = attachResult == null ? null : List.copyOf(attachResult);
        Objects.requireNonNull(estimates, "estimates");
        meta = copy(meta);
    }

    public StoredEvent withDescriptor(Descriptor given) {
        return new StoredEvent(eventId, accountId, handlerId, createTime, endTime, source, streamId, externalId, userData, trackId,
                faceId, tags, location, topMatch, matchResult, faceDetections, bodyDetections, attachResult, estimates, meta, given);
    }

    private static JsonNode copy(JsonNode node) {
        return node == null || node.isNull() ? null : node.deepCopy();
    }
}
