package org.openluna.shared.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openluna.shared.api.Times;
import org.openluna.shared.faces.Face;

/**
 * An exporter task's faces as the seed describes its result (l.9265-9268): a row per face of the
 * {@link CsvArchive}, with the columns asked. The columns are the face's own fields.
 */
public final class FaceExport {
    public static final String FILE_NAME = "faces.csv";
    public static final List<String> COLUMNS = List.of("face_id", "account_id", "event_id", "user_data", "create_time", "external_id",
            "avatar", "lists");

    private FaceExport() {}

    /** One face's cells, in the columns' order; an empty cell where the face has no value. */
    public static List<String> row(Face face, List<String> columns) {
        var cells = new ArrayList<String>(columns.size());
        for (var column : columns) {
            cells.add(cell(column).apply(face));
        }
        return cells;
    }

    private static Function<Face, String> cell(String column) {
        return switch (column) {
            case "face_id" -> face -> face.faceId().toString();
            case "account_id" -> face -> face.accountId().toString();
            case "event_id" -> face -> face.fields().eventId() == null ? "" : face.fields().eventId().toString();
            case "user_data" -> face -> nullToEmpty(face.fields().userData());
            case "create_time" -> face -> Times.format(face.createTime());
            case "external_id" -> face -> nullToEmpty(face.fields().externalId());
            case "avatar" -> face -> nullToEmpty(face.fields().avatar());
            case "lists" -> face -> String.join(",", face.lists().stream().map(Object::toString).toList());
            default -> throw new IllegalArgumentException("no column " + column);
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
