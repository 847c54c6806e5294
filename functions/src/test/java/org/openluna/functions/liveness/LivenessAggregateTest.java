package org.openluna.functions.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/** The verdict on several images, which over HTTP needs a multipart body the gateway does not read yet. */
class LivenessAggregateTest {

    private static LivenessResponse.ImageEntry judged(float probability) {
        return new LivenessResponse.ImageEntry("face.jpg", 1, LivenessVerdict.of(probability), ErrorBody.SUCCESS);
    }

    private static LivenessResponse.ImageEntry failed() {
        return new LivenessResponse.ImageEntry("broken.jpg", 0, null, new LunaException(ErrorCode.IMAGE_DECODING_FAILED).body());
    }

    @Test
    void theAggregateIsTheMeanProbabilityOfTheJudgedImagesAsInTheSeedsExample() {
        var aggregate = LivenessResponse.Aggregate.of(List.of(judged(0.93f), judged(0.85f), failed()));
        assertThat(aggregate.liveness().estimations().probability()).isCloseTo(0.89f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(aggregate.liveness().prediction()).isEqualTo(LivenessVerdict.REAL);
    }

    @Test
    void oneConfidentSpoofCanOutweighARealImage() {
        var aggregate = LivenessResponse.Aggregate.of(List.of(judged(0.6f), judged(0.02f)));
        assertThat(aggregate.liveness().prediction()).isEqualTo(LivenessVerdict.SPOOF);
    }

    @Test
    void withNoImageJudgedThereIsNoAggregateVerdict() {
        assertThat(LivenessResponse.Aggregate.of(List.of(failed())).liveness()).isNull();
    }

    @Test
    void aProbabilityOfExactlyOneHalfIsReal() {
        assertThat(LivenessVerdict.of(0.5f).prediction()).isEqualTo(LivenessVerdict.REAL);
        assertThat(LivenessVerdict.of(0.4999f).prediction()).isEqualTo(LivenessVerdict.SPOOF);
    }
}
