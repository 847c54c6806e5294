package org.openluna.sender;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openluna.shared.queues.QueuedEvent;

/**
 * Every subscriber connected to this instance, by account. Written by the event loops as clients come
 * and go, read by the feed for each event.
 */
final class Subscribers {
    private final Map<UUID, Set<Subscriber>> byAccount = new ConcurrentHashMap<>();

    void add(Subscriber subscriber) {
        byAccount.computeIfAbsent(subscriber.subscription().accountId(), k -> ConcurrentHashMap.newKeySet()).add(subscriber);
    }

    void remove(Subscriber subscriber) {
        // computeIfPresent, so that an account's set leaves the map only while no add can race it in
        byAccount.computeIfPresent(subscriber.subscription().accountId(), (account, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** Sends the event to its account's subscribers whose filters it passes; the message is written once to text. */
    int deliver(QueuedEvent event) {
        var subscribers = byAccount.get(event.accountId());
        if (subscribers == null) {
            return 0;
        }
        String text = null;
        int sent = 0;
        for (var subscriber : subscribers) {
            if (subscriber.subscription().wants(event.accountId(), event.message())) {
                if (text == null) {
                    text = event.messageText();
                }
                if (subscriber.send(text)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    int count() {
        return byAccount.values().stream().mapToInt(Set::size).sum();
    }

    Iterable<Subscriber> all() {
        return byAccount.values().stream().flatMap(Set::stream).toList();
    }
}
