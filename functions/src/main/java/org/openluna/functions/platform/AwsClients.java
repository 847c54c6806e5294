package org.openluna.functions.platform;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** Region, credentials, HTTP client and, off AWS, the endpoint: the same for every AWS client. */
final class AwsClients {
    private AwsClients() {}

    static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configured(
            B builder, LunaSettings settings, AwsCredentialsProvider credentials, Optional<URI> endpoint) {
        builder.region(Region.of(settings.aws().region())).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }
}
