package org.openluna.shared.verifiers;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.Times;
import org.openluna.shared.tables.VerifiersTable;

/**
 * The verifiers of each account (seed l.10811-13730). A request is checked whole before anything is
 * written: the body's shape (12022), then what this platform cannot do (27002), so a refused request
 * changes nothing. Another account's verifier answers as a missing one.
 */
public final class Verifiers {
    private final VerifiersTable table;
    private final Clock clock;

    public Verifiers(VerifiersTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    public Verifier create(UUID account, VerifierRequest request) {
        request.policies().refuseUnavailable();
        var now = Times.now(clock);
        var verifier = new Verifier(UUID.randomUUID(), account, request.description(), request.policies(), now, now, 0);
        table.create(verifier);
        return verifier;
    }

    public Verifier get(UUID account, UUID verifierId) {
        return table.get(account, verifierId).orElseThrow(() -> notFound(verifierId));
    }

    /** Replaces the whole verifier; its id and creation time stay. Answers the new version. */
    public long replace(UUID account, UUID verifierId, VerifierRequest request) {
        request.policies().refuseUnavailable();
        var existing = get(account, verifierId);
        var replaced = new Verifier(verifierId, account, request.description(), request.policies(), existing.createTime(),
                Times.now(clock), existing.version());
        return table.replace(replaced).orElseThrow(() -> notFound(verifierId));
    }

    public void delete(UUID account, UUID verifierId) {
        if (!table.delete(account, verifierId)) {
            throw notFound(verifierId);
        }
    }

    /** One page of the verifiers that pass the filter, newest first. */
    public List<Verifier> find(UUID account, VerifierFilter filter, Paging paging) {
        return matching(account, filter).skip(paging.offset()).limit(paging.pageSize()).toList();
    }

    public long count(UUID account, VerifierFilter filter) {
        return matching(account, filter).count();
    }

    private Stream<Verifier> matching(UUID account, VerifierFilter filter) {
        return table.newestFirst(account).filter(filter::matches);
    }

    private static LunaException notFound(UUID verifierId) {
        return new LunaException(ErrorCode.VERIFIER_NOT_FOUND, verifierId);
    }
}
