package org.openluna.functions.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Times;
import org.openluna.shared.streams.AnalyticUse;
import org.openluna.shared.streams.Stream;

/** A stream as {@code GET /6/streams} and {@code GET /6/streams/{stream_id}} show it (seed l.15400-15441). */
final class StreamView {
    private StreamView() {}

    /** {@code groupNames}: the account's groups by id. */
    static Map<String, Object> render(Stream stream, Map<UUID, String> groupNames) {
        var definition = stream.definition();
        var view = new LinkedHashMap<String, Object>();
        view.put("stream_id", stream.streamId());
        view.put("account_id", stream.accountId());
        view.put("name", definition.name());
        view.put("description", definition.description());
        view.put("data", definition.data().toJson());
        view.put("location", definition.location().toJson());
        var autorestart = new LinkedHashMap<String, Object>();
        autorestart.put("restart", definition.autorestart().restart() ? 1 : 0);
        autorestart.put("attempt_count", definition.autorestart().attemptCount());
        autorestart.put("delay", definition.autorestart().delaySeconds());
        autorestart.put("current_attempt", stream.restarts());
        autorestart.put("last_attempt_time", stream.lastRestartTime() == null ? null : Times.format(stream.lastRestartTime()));
        autorestart.put("status", stream.autorestartStatus());
        view.put("autorestart", autorestart);
        view.put("version", stream.version());
        view.put("create_time", Times.format(stream.createTime()));
        view.put("status", stream.status().code());
        view.put("last_error", stream.lastError());
        view.put("groups", stream.groupIds().stream().map(groupNames::get).filter(Objects::nonNull).sorted().toList());
        view.put("analytics", definition.analytics().stream().map(AnalyticUse::toJson).toList());
        return view;
    }
}
