package org.openluna.functions.gateway;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How many {@code /6/ws} sockets each account holds open on this gateway. Each costs a connection
 * here and one to the Sender, and they share one process's file descriptors with every other
 * account's requests: one token must not open thousands.
 */
final class OpenSockets {
    static final int PER_ACCOUNT = 100;

    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    /** Counts one more socket of the account, unless it holds {@link #PER_ACCOUNT} already. */
    boolean tryOpen(String account) {
        var admitted = new boolean[1];
        open.compute(account, (key, count) -> {
            int now = count == null ? 0 : count;
            admitted[0] = now < PER_ACCOUNT;
            return admitted[0] ? now + 1 : now;
        });
        return admitted[0];
    }

    void close(String account) {
        open.computeIfPresent(account, (key, count) -> count <= 1 ? null : count - 1);
    }
}
