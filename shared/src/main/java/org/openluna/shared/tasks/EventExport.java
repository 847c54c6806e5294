package org.openluna.shared.tasks;

import java.util.ArrayList;
import java.util.List;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.events.StoredEventJson;

/**
 * An exporter task's events (seed l.9265-9268): a row per event with the columns asked, any of the
 * fields {@code GET /6/events} shows. A text or a number is its cell as it is; an object or a list (a
 * match result, detections, tags) is its JSON; a value the event lacks is an empty cell.
 */
public final class EventExport {
    public static final String FILE_NAME = "events.csv";
    public static final List<String> COLUMNS = StoredEventJson.FIELDS;

    private EventExport() {}

    public static List<String> row(StoredEvent event, List<String> columns) {
        var json = StoredEventJson.write(event);
        var cells = new ArrayList<String>(columns.size());
        for (var column : columns) {
            var value = json.get(column);
            if (value == null || value.isNull()) {
                cells.add("");
            } else if (value.isValueNode()) {
                cells.add(value.asString());
            } else {
                cells.add(value.toString());
            }
        }
        return cells;
    }
}
