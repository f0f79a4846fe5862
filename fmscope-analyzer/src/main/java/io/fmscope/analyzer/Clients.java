package io.fmscope.analyzer;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClientBuilder;

/**
 * Builds the CloudWatch Logs client: AWS itself with the SDK's default credentials chain, or an endpoint override
 * (fmscope accepts any signature, so placeholder credentials do when none are given).
 */
final class Clients {
    private Clients() {
    }

    static CloudWatchLogsClient create(String region, URI endpoint, AwsCredentialsProvider credentials) {
        CloudWatchLogsClientBuilder b = CloudWatchLogsClient.builder().region(Region.of(region))
                .httpClient(UrlConnectionHttpClient.create());
        if (endpoint != null) {
            b.endpointOverride(endpoint);
        }
        if (credentials != null) {
            b.credentialsProvider(credentials);
        } else if (endpoint != null && System.getenv("AWS_ACCESS_KEY_ID") == null) {
            b.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("fmscope", "fmscope")));
        } else {
            b.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return b.build();
    }
}
