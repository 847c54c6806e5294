package org.openluna.shared.subscriptions;

import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Headers;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import tools.jackson.databind.JsonNode;

/** Who listens for which events: an account's subscriber and its filters. */
public record Subscription(UUID accountId, EventFilter filter) {
    /** The Sender's one required header (S1:36): the account whose events the subscriber receives. */
    public static final String ACCOUNT_HEADER = "Luna-Account-Id";

    public Subscription {
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(filter, "filter");
    }

    /**
     * A subscription as the Sender's websocket request asks for it: the account in {@code Luna-Account-Id}
     * (missing: 11066; not a UUID: 12014), the filters in the query (a bad one: 12012).
     */
    public static Subscription ofSenderRequest(Headers headers, QueryParams query) {
        var raw = headers.first(ACCOUNT_HEADER).orElseThrow(() -> new LunaException(ErrorCode.ACCOUNT_HEADER_NOT_FOUND));
        var account = Ids.parseUuid(raw.trim()).orElseThrow(() -> new LunaException(ErrorCode.BAD_HEADER, ACCOUNT_HEADER));
        return new Subscription(account, EventFilters.parse(query));
    }

    /** Whether the event of this message, from this account, is for this subscriber. */
    public boolean wants(UUID eventAccountId, JsonNode message) {
        return accountId.equals(eventAccountId) && filter.matches(message);
    }
}
