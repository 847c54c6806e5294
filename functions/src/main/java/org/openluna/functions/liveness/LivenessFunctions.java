package org.openluna.functions.liveness;

import java.util.Set;
import java.util.function.Function;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.functions.detector.ImageDetections;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/liveness} (seed l.14816-14877): whether the one face of each image is a live person
 * in front of the camera, and optionally the images' verdicts fused into one. Nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
@Import(InferenceConfiguration.class)
public class LivenessFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> predictLiveness(Inference inference) {
        return req -> {
            boolean aggregate = req.query().flag("aggregate", false);
            if (!inference.capabilities().estimations().contains(Estimation.LIVENESS)) {
                throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "liveness");
            }
            var images = DetectorImages.read(req);
            // use_exif_info is not a parameter here; an image is judged the right way up, as a person sees it
            var settings = new ImageDetections.Settings(false, false, true, Set.of(Estimation.LIVENESS));
            var entries = ImageDetections.run(inference, images, settings).stream().map(LivenessResponse.ImageEntry::of).toList();
            return ApiResponse.ok(new LivenessResponse(entries, aggregate ? LivenessResponse.Aggregate.of(entries) : null));
        };
    }
}
