package org.openluna.protocol.matcher;

/**
 * What a running matcher service holds and how far it follows the faces table.
 *
 * @param loaded whether the initial load from the table is done; until then searches answer 503
 * @param following whether it still follows the table's stream; false after a gap it cannot close
 *                  (records trimmed from the stream before they were read), when it must be restarted
 * @param changesApplied stream records applied since the load
 * @param rows rows held: one per face and list it is in, one for a face in no list
 */
public record MatcherStatus(String backend, boolean loaded, boolean following, long changesApplied, int accounts, long rows) {}
