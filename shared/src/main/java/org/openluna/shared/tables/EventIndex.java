package org.openluna.shared.tables;

/**
 * The indexes of the events table that find an account's events by one value, newest first (ADR 0013).
 * Each is keyed by {@code <account_id>/<value>} and the event's {@code create_key}, holds only the keys,
 * and is sparse: an event without the value has no key there.
 */
public enum EventIndex {
    HANDLER("by_handler", "handler_key"),
    SOURCE("by_source", "source_key"),
    EXTERNAL_ID("by_external_id", "external_key"),
    TRACK_ID("by_track_id", "track_key"),
    FACE_ID("by_face_id", "face_key"),
    TOP_MATCH("by_top_match", "top_match_key"),
    STREAM_ID("by_stream_id", "stream_key");

    private final String indexName;
    private final String keyAttribute;

    EventIndex(String indexName, String keyAttribute) {
        this.indexName = indexName;
        this.keyAttribute = keyAttribute;
    }

    String indexName() {
        return indexName;
    }

    String keyAttribute() {
        return keyAttribute;
    }
}
