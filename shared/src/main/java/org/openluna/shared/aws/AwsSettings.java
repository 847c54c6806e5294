package org.openluna.shared.aws;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Where the AWS services are and who the platform is to them, and the clients built from that: the
 * same for the functions, the workers and the services. On AWS only the region is set (the endpoints
 * are AWS's, the credentials the role's); off AWS an endpoint, LocalStack's one or an emulator's each.
 *
 * @param endpoint empty on real AWS; LocalStack's single address otherwise
 * @param dynamodbEndpoint overrides {@code endpoint} for DynamoDB (the embedded emulators each have a port)
 * @param accessKey with {@code secretKey}, fixed credentials; null for the default chain (a Lambda's role)
 */
public record AwsSettings(String region, String endpoint, String dynamodbEndpoint, String s3Endpoint, String sqsEndpoint,
                          String accessKey, String secretKey) {

    public Optional<URI> dynamodb() { return first(dynamodbEndpoint, endpoint); }

    public Optional<URI> s3() { return first(s3Endpoint, endpoint); }

    public Optional<URI> sqs() { return first(sqsEndpoint, endpoint); }

    public DynamoDbClient dynamoDbClient() {
        return configured(DynamoDbClient.builder(), dynamodb()).build();
    }

    public S3Client s3Client() {
        // emulators serve buckets by path, not by virtual host
        return configured(S3Client.builder(), s3()).forcePathStyle(s3().isPresent()).build();
    }

    /** Signs links to objects for whoever holds them, as the platform's own credentials would read them. */
    public S3Presigner s3Presigner() {
        var builder = S3Presigner.builder().region(Region.of(region)).credentialsProvider(credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3().isPresent()).build());
        s3().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public SqsClient sqsClient() {
        return configured(SqsClient.builder(), sqs()).build();
    }

    public AwsCredentialsProvider credentials() {
        if (accessKey != null && !accessKey.isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** Region, credentials, HTTP client and, off AWS, the endpoint: the same for every AWS client. */
    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configured(B builder, Optional<URI> endpoint) {
        builder.region(Region.of(region)).credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder());
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }

    private static Optional<URI> first(String specific, String common) {
        return Optional.ofNullable(specific).or(() -> Optional.ofNullable(common)).filter(s -> !s.isBlank()).map(URI::create);
    }
}
