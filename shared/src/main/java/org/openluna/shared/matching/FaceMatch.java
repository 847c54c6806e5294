package org.openluna.shared.matching;

import java.util.Objects;
import org.openluna.shared.faces.Face;

/** A face a reference matched, as read from the table when the match was made. */
public record FaceMatch(Face face, double similarity) implements CandidateMatch {
    public FaceMatch {
        Objects.requireNonNull(face, "face");
    }

    @Override
    public String candidateId() {
        return face.faceId().toString();
    }
}
