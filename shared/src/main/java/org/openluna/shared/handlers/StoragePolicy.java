package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.attributes.AttributeTtl;
import org.openluna.shared.blobs.Lifetime;

/**
 * {@code policies.storage_policy} (seed l.3325-3518): what an event leaves behind. The defaults are
 * those of the seed's stored handler (l.4388-4424), which the create description warns about
 * (l.2969-2972): face and body samples and the event are stored and notified, image, attribute and
 * face are not. Lifetimes of samples and images are in days from the seed's list (l.1582), that of
 * the attribute in seconds (1-86400).
 */
public record StoragePolicy(SamplePolicy faceSamplePolicy, SamplePolicy bodySamplePolicy, ImageOriginPolicy imageOriginPolicy,
                            AttributePolicy attributePolicy, FacePolicy facePolicy, EventPolicy eventPolicy,
                            NotificationPolicy notificationPolicy, List<Callback> callbacks) {
    static final Set<String> FIELDS = Set.of("face_sample_policy", "body_sample_policy", "image_origin_policy", "attribute_policy",
            "face_policy", "event_policy", "notification_policy", "callbacks");
    private static final int DEFAULT_TTL_DAYS = 7;

    public StoragePolicy {
        Objects.requireNonNull(faceSamplePolicy, "face_sample_policy");
        Objects.requireNonNull(bodySamplePolicy, "body_sample_policy");
        Objects.requireNonNull(imageOriginPolicy, "image_origin_policy");
        Objects.requireNonNull(attributePolicy, "attribute_policy");
        Objects.requireNonNull(facePolicy, "face_policy");
        Objects.requireNonNull(eventPolicy, "event_policy");
        Objects.requireNonNull(notificationPolicy, "notification_policy");
        callbacks = List.copyOf(callbacks);
    }

    public record SamplePolicy(int storeSample, ObjectFilters filters, int ttlDays) {
        static final Set<String> FIELDS = Set.of("store_sample", "filters", "ttl");

        static SamplePolicy read(PolicyNode node) {
            return read(node, 1);
        }

        /** With another default for {@code store_sample}: a verifier's is 0 (ADR 0014). */
        static SamplePolicy read(PolicyNode node, int defaultStoreSample) {
            return new SamplePolicy(node.flag("store_sample", defaultStoreSample), ObjectFilters.read(node, ObjectFilters.FIELDS),
                    readTtlDays(node));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("store_sample", storeSample);
            json.put("filters", filters.toJson());
            json.put("ttl", ttlDays);
            return json;
        }
    }

    /** @param useExternalReferences whether an image given by URL is referred to instead of stored */
    public record ImageOriginPolicy(int storeImage, int useExternalReferences, ObjectFilters filters, int ttlDays) {
        static final Set<String> FIELDS = Set.of("store_image", "use_external_references", "filters", "ttl");

        static ImageOriginPolicy read(PolicyNode node) {
            return new ImageOriginPolicy(node.flag("store_image", 0), node.flag("use_external_references", 0),
                    ObjectFilters.read(node, ObjectFilters.FIELDS), readTtlDays(node));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("store_image", storeImage);
            json.put("use_external_references", useExternalReferences);
            json.put("filters", filters.toJson());
            json.put("ttl", ttlDays);
            return json;
        }
    }

    public record AttributePolicy(int storeAttribute, int ttlSeconds, ObjectFilters filters) {
        static final Set<String> FIELDS = Set.of("store_attribute", "ttl", "filters");

        static AttributePolicy read(PolicyNode node) {
            return new AttributePolicy(node.flag("store_attribute", 0),
                    node.integer("ttl", AttributeTtl.DEFAULT_SECONDS, 1, AttributeTtl.MAX_SECONDS),
                    ObjectFilters.read(node, ObjectFilters.FIELDS));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("store_attribute", storeAttribute);
            json.put("ttl", ttlSeconds);
            json.put("filters", filters.toJson());
            return json;
        }
    }

    /** A face made of the event, its sample as avatar, joined to the lists whose filters it passes. */
    public record FacePolicy(int storeFace, ObjectFilters filters, int setSampleAsAvatar, List<LinkToList> linkToListsPolicy) {
        static final Set<String> FIELDS = Set.of("store_face", "filters", "set_sample_as_avatar", "link_to_lists_policy");

        public FacePolicy {
            linkToListsPolicy = List.copyOf(linkToListsPolicy);
        }

        static FacePolicy read(PolicyNode node) {
            return new FacePolicy(node.flag("store_face", 0), ObjectFilters.read(node, ObjectFilters.FIELDS),
                    node.flag("set_sample_as_avatar", 1),
                    node.array("link_to_lists_policy", MatchPolicy.MAX_POLICIES, LinkToList.FIELDS, LinkToList::read));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("store_face", storeFace);
            json.put("filters", filters.toJson());
            json.put("set_sample_as_avatar", setSampleAsAvatar);
            json.put("link_to_lists_policy", linkToListsPolicy.stream().map(LinkToList::toJson).toList());
            return json;
        }
    }

    public record LinkToList(UUID listId, ObjectFilters filters) {
        static final Set<String> FIELDS = Set.of("list_id", "filters");

        public LinkToList {
            Objects.requireNonNull(listId, "list id");
        }

        static LinkToList read(PolicyNode node) {
            return new LinkToList(node.requiredId("list_id"), ObjectFilters.read(node, ObjectFilters.FIELDS));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("list_id", listId);
            json.put("filters", filters.toJson());
            return json;
        }
    }

    /** @param waitSaving whether the answer waits until the event is written */
    public record EventPolicy(int storeEvent, int waitSaving, ObjectFilters filters) {
        static final Set<String> FIELDS = Set.of("store_event", "wait_saving", "filters");

        static EventPolicy read(PolicyNode node) {
            return new EventPolicy(node.flag("store_event", 1), node.flag("wait_saving", 1), ObjectFilters.read(node, ObjectFilters.FIELDS));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("store_event", storeEvent);
            json.put("wait_saving", waitSaving);
            json.put("filters", filters.toJson());
            return json;
        }
    }

    /** Events sent to the Sender and {@code /6/ws} subscribers. */
    public record NotificationPolicy(int sendNotification, ObjectFilters filters) {
        static final Set<String> FIELDS = Set.of("send_notification", "filters");

        static NotificationPolicy read(PolicyNode node) {
            return new NotificationPolicy(node.flag("send_notification", 1), ObjectFilters.read(node, ObjectFilters.FIELDS));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("send_notification", sendNotification);
            json.put("filters", filters.toJson());
            return json;
        }
    }

    static StoragePolicy read(PolicyNode node) {
        return new StoragePolicy(
                SamplePolicy.read(node.object("face_sample_policy", SamplePolicy.FIELDS)),
                SamplePolicy.read(node.object("body_sample_policy", SamplePolicy.FIELDS)),
                ImageOriginPolicy.read(node.object("image_origin_policy", ImageOriginPolicy.FIELDS)),
                AttributePolicy.read(node.object("attribute_policy", AttributePolicy.FIELDS)),
                FacePolicy.read(node.object("face_policy", FacePolicy.FIELDS)),
                EventPolicy.read(node.object("event_policy", EventPolicy.FIELDS)),
                NotificationPolicy.read(node.object("notification_policy", NotificationPolicy.FIELDS)),
                node.array("callbacks", MatchPolicy.MAX_POLICIES, Callback.FIELDS, Callback::read));
    }

    private static int readTtlDays(PolicyNode node) {
        return node.oneOf("ttl", DEFAULT_TTL_DAYS, Lifetime.ALLOWED_DAYS);
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("face_sample_policy", faceSamplePolicy.toJson());
        json.put("body_sample_policy", bodySamplePolicy.toJson());
        json.put("image_origin_policy", imageOriginPolicy.toJson());
        json.put("attribute_policy", attributePolicy.toJson());
        json.put("face_policy", facePolicy.toJson());
        json.put("event_policy", eventPolicy.toJson());
        json.put("notification_policy", notificationPolicy.toJson());
        json.put("callbacks", callbacks.stream().map(Callback::toJson).toList());
        return json;
    }
}
