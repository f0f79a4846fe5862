package io.fmscope.errors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageContextTest {
    private static ErrorInput enrich(String message) {
        return MessageContext.enrich(ErrorInput.of(message), message);
    }

    @Test
    void botocoreMessagesGiveCodeOperationAndService() {
        ErrorInput in = enrich("botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) "
                + "when calling the PutItem operation: User is not authorized");

        assertThat(in.errorCode()).isEqualTo("AccessDeniedException");
        assertThat(in.operation()).isEqualTo("PutItem");
        assertThat(in.service()).isEqualTo("dynamodb");
    }

    @Test
    void javaSdkMessagesGiveServiceStatusAndCode() {
        ErrorInput v1 = enrich("Item size has exceeded the maximum allowed size (Service: AmazonDynamoDBv2; Status Code: 400; "
                + "Error Code: ValidationException; Request ID: Q688)");
        ErrorInput v2 = enrich("Too many requests, please wait before trying again. (Service: BedrockRuntime, Status Code: 429, Request ID: 1f2e)");

        assertThat(v1).extracting(ErrorInput::service, ErrorInput::httpStatus, ErrorInput::errorCode)
                .containsExactly("dynamodb", 400, "ValidationException");
        assertThat(v2).extracting(ErrorInput::service, ErrorInput::httpStatus).containsExactly("bedrock", 429);
    }

    @Test
    void goSdkMessagesAndHostNamesGiveTheService() {
        ErrorInput go = enrich("operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: X, "
                + "ResourceNotFoundException: Requested resource not found");
        ErrorInput host = enrich("ConnectionTimeout caused by - ReadTimeoutError(HTTPSConnectionPool(host='vpc-x-abc.ap-south-1.es.amazonaws.com', port=443))");

        assertThat(go).extracting(ErrorInput::service, ErrorInput::operation, ErrorInput::httpStatus)
                .containsExactly("dynamodb", "PutItem", 400);
        assertThat(host.service()).isEqualTo("opensearch");
    }

    @Test
    void valuesTheCallerGaveWin() {
        ErrorInput given = ErrorInput.builder("An error occurred (ThrottlingException) when calling the Query operation: Rate exceeded")
                .code("Throttled").service("elasticache").build();

        ErrorInput in = MessageContext.enrich(given, given.message());

        assertThat(in.errorCode()).isEqualTo("Throttled");
        assertThat(in.service()).isEqualTo("redis");
        assertThat(in.operation()).isEqualTo("Query");
    }
}
