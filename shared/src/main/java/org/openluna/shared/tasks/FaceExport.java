package org.openluna.shared.tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openluna.shared.api.Times;
import org.openluna.shared.faces.Face;

/**
 * An exporter task's faces as the seed describes its result (l.9265-9268): a ZIP holding one CSV file,
 * a row per face with the columns asked, in the delimiter asked. The columns are the face's own fields.
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

    /** The ZIP of the CSV {@code fileName}: a header of the columns, then the rows. */
    public static byte[] zip(String fileName, List<String> columns, char delimiter, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(fileName));
            var writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader(columns.toArray(String[]::new)).get();
            var printer = new CSVPrinter(writer, format);
            for (var row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
