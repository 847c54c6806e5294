package org.openluna.functions.streams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.Times;
import org.openluna.shared.streams.StreamLog;

/** A stream log entry as {@code GET /6/streams/logs} shows it (seed l.15557-15564), its fields the {@code targets} default. */
final class StreamLogView {
    static final List<String> FIELDS = List.of("stream_id", "status", "error", "log_time");

    private StreamLogView() {}

    static Map<String, Object> render(StreamLog log) {
        var view = new LinkedHashMap<String, Object>();
        view.put("stream_id", log.streamId());
        view.put("log_time", Times.format(log.logTime()));
        view.put("error", log.error());
        view.put("status", log.status().code());
        return view;
    }
}
