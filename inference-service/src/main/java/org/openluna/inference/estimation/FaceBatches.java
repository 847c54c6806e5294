package org.openluna.inference.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.inference.runtime.ModelSession;

/**
 * Runs one model over many faces. A model whose batch dimension is open gets all faces in one run; one
 * exported with a fixed batch of 1 (every estimation model of the package we use, as their metadata
 * says) gets one run per face, reusing one input buffer.
 */
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
        long batch = model.inputShape()[0];
        long[] runShape = {1, channels, height, width};
        var results = new ArrayList<Map<String, float[]>>(faces);
        if (faces == 0) {
            return results;
        }
        if (batch < 0) {
            var input = new float[Math.multiplyExact(perFace, faces)];
            for (int face = 0; face < faces; face++) {
                writer.write(face, input, face * perFace);
            }
            runShape[0] = faces;
            var outputs = model.run(input, runShape);
            for (int face = 0; face < faces; face++) {
                var one = new LinkedHashMap<String, float[]>();
                for (var output : outputs.entrySet()) {
                    int size = output.getValue().length / faces;
                    one.put(output.getKey(), Arrays.copyOfRange(output.getValue(), face * size, (face + 1) * size));
                }
                results.add(one);
            }
        } else if (batch == 1) {
            var input = new float[perFace];
            runShape[0] = 1;
            for (int face = 0; face < faces; face++) {
                writer.write(face, input, 0);
                results.add(model.run(input, runShape));
            }
        } else {
            throw new IllegalStateException("a model with a fixed batch of " + batch + " cannot take faces one by one");
        }
        return results;
    }
}
