package org.openluna.shared.tasks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.ImageFormat;

/**
 * An export's or a report's result (seed l.9183, l.9266): a ZIP holding one CSV file, a header of the
 * columns then a row per object, and with {@code save_images} "a folder with images": each object's
 * samples as {@code images/<object id>/<sample id>.<format>}, under {@code images/<cluster>/} in a
 * report so a cluster's faces lie together. It is written as a stream, so the images never need to fit
 * in a function's memory.
 *
 * @param images for each row, the object and its samples; empty when no images are asked
 */
record CsvArchive(String fileName, List<String> columns, char delimiter, List<List<String>> rows, List<GcLeftovers.Found> images) {
    static final String IMAGES = "images/";

    /** Where the samples' bytes are: an event's body samples apart from its face samples. */
    record Samples(BlobStore faces, BlobStore bodies) {}

    void writeTo(OutputStream out, UUID account, Samples samples, boolean byCluster) throws IOException {
        var zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(fileName));
        var writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader(columns.toArray(String[]::new)).get();
        var printer = new CSVPrinter(writer, format);
        for (var row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
        zip.closeEntry();
        for (int i = 0; i < images.size(); i++) {
            var folder = IMAGES + (byCluster ? rows.get(i).getFirst() + "/" : "") + images.get(i).id() + "/";
            write(zip, folder, account, samples.faces(), images.get(i).faceSamples());
            write(zip, folder, account, samples.bodies(), images.get(i).bodySamples());
        }
        zip.finish();
    }

    /** Each sample still stored; one removed since the part saw it is left out. */
    private static void write(ZipOutputStream zip, String folder, UUID account, BlobStore store, List<UUID> sampleIds) throws IOException {
        for (var sampleId : sampleIds) {
            var stored = store.get(account, sampleId);
            if (stored.isEmpty()) {
                continue;
            }
            var extension = ImageFormat.ofContentType(stored.get().blob().contentType()).map(ImageFormat::extension).orElse("bin");
            zip.putNextEntry(new ZipEntry(folder + sampleId + "." + extension));
            zip.write(stored.get().bytes());
            zip.closeEntry();
        }
    }
}
