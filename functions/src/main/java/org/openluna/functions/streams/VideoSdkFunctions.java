package org.openluna.functions.streams;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openluna.functions.platform.StreamProcessorConfiguration;
import org.openluna.functions.platform.StreamsConfiguration;
import org.openluna.protocol.ProtocolException;
import org.openluna.protocol.video.ClipResponse;
import org.openluna.protocol.video.ClipTrack;
import org.openluna.protocol.video.VideoClient;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.streams.AnalyticsCatalogue;
import org.openluna.shared.streams.ClipAsk;
import org.openluna.shared.streams.StreamSources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/videosdk} (seed l.1107-1210): a clip's faces, followed across its frames by a stream
 * processor while the caller waits, answered as tracks with their best shots; nothing is stored. The
 * answer keeps the seed's shape, {@code video_data} and one {@code analytics} entry, whose
 * {@code result} holds {@code faces.tracks} where LUNA's people counter holds {@code crowd.events}.
 */
@Configuration(proxyBeanMethods = false)
@Import({StreamsConfiguration.class, StreamProcessorConfiguration.class})
public class VideoSdkFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> analyseVideo(VideoClient processor, StreamSources sources) {
        return req -> {
            var ask = ClipAsk.read(req.jsonTree());
            sources.requireReadable(ask.clip().reference(), "video.url");
            ClipResponse clip;
            try {
                clip = processor.analyse(ask.clip());
            } catch (ProtocolException e) {
                throw new LunaException(ErrorCode.SERVICE_UNAVAILABLE, e, "stream-processor");
            }
            if (clip.error() != null) {
                throw new LunaException(ErrorCode.SOURCE_UNREADABLE, ask.clip().reference(), clip.error());
            }
            return ApiResponse.json(200, render(clip));
        };
    }

    private static Map<String, Object> render(ClipResponse clip) {
        var videoData = new LinkedHashMap<String, Object>();
        videoData.put("frames_count", clip.framesCount());
        videoData.put("frame_rate", clip.frameRate());
        videoData.put("duration", clip.duration());
        videoData.put("processed_parts", List.of(Map.of("start_offset", 0, "end_offset", clip.readUntil())));
        videoData.put("error_count", clip.errorCount());
        var tracks = clip.tracks().stream().map(VideoSdkFunctions::track).toList();
        return Map.of("video_data", videoData, "analytics",
                List.of(Map.of("name", AnalyticsCatalogue.FACE_EVENTS_NAME, "result", Map.of("faces", Map.of("tracks", tracks)))));
    }

    private static Map<String, Object> track(ClipTrack track) {
        var view = new LinkedHashMap<String, Object>();
        view.put("track_id", track.trackId());
        view.put("video_segment", Map.of("start_time_offset", track.startTime(), "end_time_offset", track.endTime()));
        view.put("frames_count", track.frames());
        var box = track.box();
        var best = new LinkedHashMap<String, Object>();
        best.put("time_offset", track.bestTime());
        best.put("rect", Map.of("x", box.x(), "y", box.y(), "width", box.width(), "height", box.height()));
        best.put("score", track.score());
        best.put("image", Base64.getEncoder().encodeToString(track.sample()));
        view.put("best_shot", best);
        return view;
    }
}
