package org.openluna.shared.attributes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Times;
import org.openluna.shared.tables.AttributesTable;

/**
 * The temporary attributes of each account. Every read goes through here and checks the expiry
 * itself: DynamoDB deletes expired items only eventually (within days on AWS, never on DynamoDB
 * Local), so an expired item that is still stored must answer exactly as a missing one.
 */
public final class TemporaryAttributes {
    private final AttributesTable table;
    private final Clock clock;

    public TemporaryAttributes(AttributesTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    public TemporaryAttribute create(UUID account, FaceAttribute attribute, AttributeTtl ttl) {
        return createAll(account, List.of(attribute), ttl).getFirst();
    }

    /** Stores every attribute, all with the same lifetime, and returns them in the given order. */
    public List<TemporaryAttribute> createAll(UUID account, List<FaceAttribute> attributes, AttributeTtl ttl) {
        var now = Times.now(clock);
        var created = new ArrayList<TemporaryAttribute>(attributes.size());
        for (var attribute : attributes) {
            created.add(new TemporaryAttribute(UUID.randomUUID(), account, attribute, now, now.plus(ttl.value())));
        }
        table.put(created);
        return created;
    }

    public Optional<TemporaryAttribute> find(UUID account, UUID attributeId) {
        return table.get(account, attributeId).filter(this::isLive);
    }

    public TemporaryAttribute get(UUID account, UUID attributeId) {
        return find(account, attributeId).orElseThrow(() -> notFound(attributeId));
    }

    /** The live attributes among the ids, in the order asked, each once; the others are left out, as the seed says (l.1918-1922). */
    public List<TemporaryAttribute> findAll(UUID account, List<UUID> attributeIds) {
        var ids = List.copyOf(new LinkedHashSet<>(attributeIds));
        Map<UUID, TemporaryAttribute> found = table.getAll(account, ids).stream().filter(this::isLive)
                .collect(Collectors.toMap(TemporaryAttribute::attributeId, Function.identity()));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    public void delete(UUID account, UUID attributeId) {
        if (!table.deleteLive(account, attributeId, clock.instant())) {
            throw notFound(attributeId);
        }
    }

    private boolean isLive(TemporaryAttribute attribute) {
        return !attribute.isExpiredAt(clock.instant());
    }

    private static LunaException notFound(UUID attributeId) {
        return new LunaException(ErrorCode.ATTRIBUTE_NOT_FOUND, attributeId);
    }
}
