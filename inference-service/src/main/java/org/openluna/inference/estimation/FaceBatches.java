package org.openluna.inference.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openluna.inference.runtime.ModelSession;

/** Runs one model over many faces; the model's session decides how many share a run. */
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
        var inputs = new ArrayList<float[]>(faces);
        for (int face = 0; face < faces; face++) {
            var input = new float[perFace];
            writer.write(face, input, 0);
            inputs.add(input);
        }
        return model.run(inputs);
    }
}
