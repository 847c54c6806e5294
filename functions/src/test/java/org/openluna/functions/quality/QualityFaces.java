package org.openluna.functions.quality;

import java.util.Map;
import java.util.stream.Collectors;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Eyes;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.protocol.inference.HeadPose;
import org.openluna.protocol.inference.Quality;
import org.openluna.protocol.inference.Rect;
import org.openluna.shared.api.Json;
import org.openluna.shared.handlers.QualityCheck;
import tools.jackson.databind.JsonNode;

/** A face made to measure and {@code face_quality} policies that turn on only the checks a test names. */
public final class QualityFaces {
    /** A 600x800 JPEG of 90,000 bytes. */
    public static final PhotoFacts PORTRAIT = new PhotoFacts("JPEG", 600, 800, 90_000);

    private QualityFaces() {}

    /** Eyes level at y=320, 120 px apart about x=300; box 400x560 at (100, 120); frontal, well lit, eyes open. */
    public static DetectedFace frontal() {
        float[] eyesLevel = {240, 320, 360, 320, 300, 400, 260, 480, 340, 480};
        return new DetectedFace(new Rect(100, 120, 400, 560), 0.99f, eyesLevel, null, new byte[0], null,
                new FaceEstimations(null, null, new HeadPose(1, -2, 3), null, null,
                        new Eyes(new Eyes.Eye(0.99f), new Eyes.Eye(0.98f)), new Quality(0.9f, 0.9f, 0.9f, 0.9f, 0.9f), null, null));
    }

    /**
     * A {@code face_quality} policy, on, with only {@code on} turned on: each check's JSON setting
     * beside {@code estimate} (an empty text keeps the default threshold); every other check off.
     */
    public static JsonNode policy(int filter, Map<QualityCheck, String> on) {
        var checks = java.util.Arrays.stream(QualityCheck.values()).map(check -> "'" + check.wire() + "': "
                        + (on.containsKey(check) ? "{'estimate': 1" + (on.get(check).isEmpty() ? "" : ", " + on.get(check)) + "}"
                        : "{'estimate': 0}"))
                .collect(Collectors.joining(", "));
        return Json.tree(("{'estimate': 1, 'filter': " + filter + ", 'checks': {" + checks + "}}").replace('\'', '"').getBytes());
    }
}
