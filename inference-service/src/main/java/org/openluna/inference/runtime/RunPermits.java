package org.openluna.inference.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The right to start a model run, {@link RuntimeSettings#concurrentRuns} of them shared by all
 * models, each with the direct buffer its input is staged in: ONNX Runtime reads a direct buffer in
 * place, where a heap array would be copied into a fresh direct buffer on every run and freed only
 * when the garbage collector gets to it. A buffer grows to the largest batch it has carried and is
 * then reused for the life of the service.
 */
final class RunPermits {
    private final BlockingQueue<Permit> free;

    RunPermits(int count) {
        // first come, first served: unfair hand-over let a few requests overtake the others for seconds
        free = new ArrayBlockingQueue<>(count, true);
        for (int i = 0; i < count; i++) {
            free.add(new Permit());
        }
    }

    /** Waits for a free permit; closing it gives it back. */
    Permit acquire() {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a model", e);
        }
    }

    final class Permit implements AutoCloseable {
        private FloatBuffer staging = FloatBuffer.allocate(0);

        /** The staging buffer, emptied, with room for exactly {@code floats} values. */
        FloatBuffer staging(int floats) {
            if (staging.capacity() < floats) {
                staging = ByteBuffer.allocateDirect(Math.multiplyExact(floats, Float.BYTES)).order(ByteOrder.nativeOrder()).asFloatBuffer();
            }
            staging.clear().limit(floats);
            return staging;
        }

        @Override
        public void close() {
            free.add(this);
        }
    }
}
