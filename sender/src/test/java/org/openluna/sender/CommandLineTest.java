package org.openluna.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void withoutOptionsTheSenderListensLikeLunasOnTheDefaultEventsQueue() {
        var line = CommandLine.parse(new String[0]);
        assertThat(line.settings()).isEqualTo(new SenderSettings("127.0.0.1", 5080, "luna-events", 20));
        assertThat(line.region()).isEqualTo("us-east-1");
        assertThat(line.sqsEndpoint()).isNull();
    }

    @Test
    void optionsNameThePortTheQueueAndTheEndpoint() {
        var line = CommandLine.parse(new String[] {"--port=6080", "--host=0.0.0.0", "--resource-prefix=test-",
                "--wait-seconds=5", "--region=eu-west-1", "--sqs-endpoint=http://127.0.0.1:5102"});
        assertThat(line.settings()).isEqualTo(new SenderSettings("0.0.0.0", 6080, "test-events", 5));
        assertThat(line.sqsEndpoint()).isEqualTo(URI.create("http://127.0.0.1:5102"));
        assertThat(CommandLine.parse(new String[] {"--queue=luna-events-instance-7"}).settings().queueName()).isEqualTo("luna-events-instance-7");
    }

    @Test
    void anUnknownOptionOrAWaitBeyondSqsLongPollingStopsTheStart() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--prot=1"})).hasMessageContaining("unknown option --prot=1");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--wait-seconds=30"})).hasMessageContaining("1-20");
    }
}
