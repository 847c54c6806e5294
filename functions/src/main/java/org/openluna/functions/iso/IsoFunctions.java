package org.openluna.functions.iso;

import java.util.EnumSet;
import java.util.function.Function;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.functions.detector.ImageDetections;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/iso} (seed l.1217-1469): each face checked against the ISO/IEC 19794-5 requirements
 * this platform can measure. An image that cannot be used gets its own error and the others go on.
 * Nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
@Import(InferenceConfiguration.class)
public class IsoFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> checkIso(Inference inference) {
        return req -> {
            var format = ResponseFormat.accepted(req);
            var query = IsoQuery.parse(req.query());
            var images = DetectorImages.read(req);
            var asked = EnumSet.copyOf(IsoChecks.ESTIMATIONS);
            asked.retainAll(inference.capabilities().estimations());
            // ISO has no use_exif_info: the checks judge the picture the right way up, as a person sees it
            var settings = new ImageDetections.Settings(query.warped(), false, true, asked);
            var entries = ImageDetections.run(inference, images, settings).stream()
                    .map(outcome -> IsoResponse.ImageEntry.of(outcome, query)).toList();
            return format.render(200, new IsoResponse(entries));
        };
    }
}
