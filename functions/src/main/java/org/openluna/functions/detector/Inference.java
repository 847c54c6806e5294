package org.openluna.functions.detector;

import java.util.concurrent.atomic.AtomicReference;
import org.openluna.protocol.ProtocolException;
import org.openluna.protocol.inference.Capabilities;
import org.openluna.protocol.inference.DescribeRequest;
import org.openluna.protocol.inference.DescribeResponse;
import org.openluna.protocol.inference.DetectRequest;
import org.openluna.protocol.inference.DetectResponse;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * The inference service as the functions see it: an unreachable service is the API's
 * service-unavailable error, and its capabilities are asked once and kept (they change only when
 * the service is redeployed, and a redeployed service answers a changed request with a 400).
 */
public class Inference {
    private static final String SERVICE = "inference";

    private final InferenceClient client;
    private final AtomicReference<Capabilities> capabilities = new AtomicReference<>();

    public Inference(InferenceClient client) {
        this.client = client;
    }

    public Capabilities capabilities() {
        var known = capabilities.get();
        if (known == null) {
            known = call(() -> client.capabilities());
            capabilities.set(known);
        }
        return known;
    }

    public DetectResponse detect(DetectRequest request) {
        return call(() -> client.detect(request));
    }

    public DescribeResponse describe(DescribeRequest request) {
        return call(() -> client.describe(request));
    }

    private static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ProtocolException e) {
            throw new LunaException(ErrorCode.SERVICE_UNAVAILABLE, e, SERVICE);
        }
    }
}
