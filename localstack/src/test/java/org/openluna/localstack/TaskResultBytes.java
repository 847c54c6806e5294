package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A done task's result bytes as a client gets them: from the body, or from the link a large result
 * is answered with (ADR 0020), read with no credential of the platform's.
 */
final class TaskResultBytes {
    private TaskResultBytes() {}

    static byte[] of(Api client, long taskId) {
        var reply = client.get("/6/tasks/" + taskId + "/result");
        if (reply.status() != 307) {
            return reply.assertStatus(200).bytes();
        }
        var link = java.net.URI.create(reply.header("Location").orElseThrow());
        try {
            var fetched = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(link).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(fetched.statusCode()).isEqualTo(200);
            return fetched.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("the result's link did not answer", e);
        }
    }
}
