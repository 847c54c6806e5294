package org.openluna.streams.processor;

import java.time.Clock;
import org.openluna.shared.tables.StreamLogsTable;
import org.openluna.shared.tables.StreamsTable;

/**
 * What every stream run of a processor shares: the tables it reports to, the services it calls, where
 * a stream's video may come from, the time.
 */
record RunContext(StreamsTable streams, StreamLogsTable logs, FrameFaces faces, EventSender events, ReferenceCheck sources, Clock clock) {}
