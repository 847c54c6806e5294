package org.openluna.functions.verifiers;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.shared.attributes.AttributeTtl;
import org.openluna.shared.attributes.TemporaryAttribute;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.blobs.Lifetime;
import org.openluna.shared.handlers.StoragePolicy.AttributePolicy;
import org.openluna.shared.handlers.StoragePolicy.SamplePolicy;

/**
 * What a verifier's storage policy keeps of a verification (seed l.11118-11125): each face's sample
 * for {@code ttl} days, and a temporary attribute of each face for {@code ttl} seconds, both in the
 * account the request acts in. Nothing is stored unless the policy says so.
 */
final class VerificationStorage {
    private final BlobStores stores;
    private final TemporaryAttributes attributes;
    private final Clock clock;

    VerificationStorage(BlobStores stores, TemporaryAttributes attributes, Clock clock) {
        this.stores = stores;
        this.attributes = attributes;
        this.clock = clock;
    }

    /** The id of the face's stored sample; null when the policy stores none. */
    UUID storeSample(UUID account, DetectedFace face, SamplePolicy policy) {
        if (policy.storeSample() != 1) {
            return null;
        }
        var sampleId = UUID.randomUUID();
        var expiry = Lifetime.expiryAfterDays(policy.ttlDays(), clock).orElse(null);
        stores.faceSamples().put(account, sampleId, face.sample(), new Blob("image/jpeg", face.sample().length, expiry, Map.of()));
        return sampleId;
    }

    /** The ids of the faces' attributes, in order, all written together; nulls when the policy stores none. */
    List<UUID> storeAttributes(UUID account, List<VerifiedFace> faces, AttributePolicy policy) {
        if (policy.storeAttribute() != 1 || faces.isEmpty()) {
            return Collections.nCopies(faces.size(), null);
        }
        return attributes.createAll(account, faces.stream().map(VerifiedFace::attribute).toList(),
                        new AttributeTtl(Duration.ofSeconds(policy.ttlSeconds())))
                .stream().map(TemporaryAttribute::attributeId).toList();
    }
}
