package org.openluna.streams.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VideoReferenceTest {

    @Test
    void aFileUrlIsHandedToFFmpegAsItsDecodedPath() {
        var reference = new VideoReference("file:///videos/door%203.mp4");

        assertThat(reference.ffmpegInput()).isEqualTo("/videos/door 3.mp4");
        assertThat(reference.isNetwork()).isFalse();
    }

    @Test
    void rtspAndHttpReferencesAreNetworkStreams() {
        assertThat(new VideoReference("rtsp://camera.local:554/stream1").isRtsp()).isTrue();
        assertThat(new VideoReference("https://cdn.example.com/a.mp4").isNetwork()).isTrue();
        assertThat(new VideoReference("https://cdn.example.com/a.mp4").isRtsp()).isFalse();
    }

    @Test
    void aPasswordInTheUrlIsMaskedInMessages() {
        var reference = new VideoReference("rtsp://admin:secret@10.0.0.7/live");

        assertThat(reference.displayName()).isEqualTo("rtsp://admin:***@10.0.0.7/live");
    }

    @Test
    void otherSchemesAndRelativePathsAreRefused() {
        assertThatThrownBy(() -> new VideoReference("ftp://host/a.mp4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VideoReference("videos/a.mp4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VideoReference("file:videos/a.mp4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VideoReference(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
