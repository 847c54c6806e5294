package org.openluna.inference.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.openluna.inference.runtime.ModelSession;

/** Runs one model over many faces, in as few runs as the model's batch dimension allows. */
final class FaceBatches {

    /** Writes the model input of face {@code face} into {@code into} at {@code offset}. */
    @FunctionalInterface
    interface InputWriter {
        void write(int face, float[] into, int offset);
    }

    private FaceBatches() {}

    /** The outputs of each face, flattened per output name, in the order of the faces; each face's input is {@code [channels, height, width]}. */
    static List<Map<String, float[]>> run(ModelSession model, int channels, int height, int width, int faces, InputWriter writer) {
        int perFace = Math.multiplyExact(channels, Math.multiplyExact(height, width));
        return model.inBatches(IntStream.range(0, faces).boxed().toList(), batch -> {
            var input = new float[Math.multiplyExact(perFace, batch.size())];
            for (int i = 0; i < batch.size(); i++) {
                writer.write(batch.get(i), input, i * perFace);
            }
            var outputs = model.run(input, batch.size(), channels, height, width);
            var perFaceOutputs = new ArrayList<Map<String, float[]>>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                var one = new LinkedHashMap<String, float[]>();
                for (var output : outputs.entrySet()) {
                    int size = output.getValue().length / batch.size();
                    one.put(output.getKey(), Arrays.copyOfRange(output.getValue(), i * size, (i + 1) * size));
                }
                perFaceOutputs.add(one);
            }
            return perFaceOutputs;
        });
    }
}
