package org.openluna.shared.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Headers;
import org.openluna.shared.api.LunaException;

class SubscriptionTest {
    private static final UUID ACCOUNT = UUID.fromString("8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a");

    @Test
    void theSendersRequestNamesItsAccountInLunaAccountId() {
        var subscription = Subscription.ofSenderRequest(headers("luna-account-id", ACCOUNT.toString()), SeedEvents.query("gender=1"));
        assertThat(subscription.accountId()).isEqualTo(ACCOUNT);
        assertThat(subscription.filter().names()).containsExactly("gender");
    }

    @Test
    void aRequestWithoutLunaAccountIdIsRefusedWithTheSeedsCode() {
        assertThatThrownBy(() -> Subscription.ofSenderRequest(Headers.empty(), SeedEvents.query("gender=1")))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.body().errorCode()).isEqualTo(11066);
                    assertThat(e.detail()).isEqualTo("Luna-Account-Id header not found");
                });
    }

    @Test
    void anAccountIdThatIsNoUuidIsABadHeader() {
        assertThatThrownBy(() -> Subscription.ofSenderRequest(headers("Luna-Account-Id", "account-1"), SeedEvents.query("a=b")))
                .isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_HEADER));
    }

    @Test
    void aSubscriberWantsOnlyEventsOfItsOwnAccountThatPassItsFilters() {
        var subscription = new Subscription(ACCOUNT, SeedEvents.filter("gender=0"));
        var message = SeedEvents.sender();
        assertThat(subscription.wants(ACCOUNT, message)).isTrue();
        assertThat(subscription.wants(UUID.randomUUID(), message)).isFalse();
        assertThat(new Subscription(ACCOUNT, SeedEvents.filter("gender=1")).wants(ACCOUNT, message)).isFalse();
    }

    private static Headers headers(String name, String value) {
        return Headers.of(Map.of(name, List.of(value)));
    }
}
