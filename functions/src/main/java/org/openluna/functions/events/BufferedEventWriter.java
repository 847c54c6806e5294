package org.openluna.functions.events;

import org.openluna.shared.events.Events;
import org.openluna.shared.queues.EventWriteBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Drains the buffer of {@code wait_saving=0} into the events table, on one machine: a thread that
 * long-polls the queue, writes each batch, then deletes it (ADR 0013). On AWS the same queue triggers a
 * function instead; nothing here runs there ({@code luna.events.drain-write-buffer} is off by default).
 */
final class BufferedEventWriter implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(BufferedEventWriter.class);
    // short, so that the stack stops quickly; an empty poll costs one SQS call
    private static final int WAIT_SECONDS = 1;

    private final EventWriteBuffer buffer;
    private final Events events;
    private volatile boolean running;
    private Thread thread;

    BufferedEventWriter(EventWriteBuffer buffer, Events events) {
        this.buffer = buffer;
        this.events = events;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::drain, "event-write-buffer");
        thread.setDaemon(true);
        thread.start();
    }

    private void drain() {
        while (running) {
            try {
                var batch = buffer.take(WAIT_SECONDS);
                events.saveAll(batch.events());
                buffer.done(batch);
            } catch (RuntimeException e) {
                if (running) {
                    // the messages come back when their visibility ends; the next poll writes them
                    LOG.warn("writing buffered events failed, they will be tried again: {}", e.toString());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
