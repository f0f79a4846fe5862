package io.fmscope.cli.errors;

import io.fmscope.errors.classify.ErrorInput;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The error to classify: its message and the optional context the classifier uses to rank matches. */
public final class ErrorInputOptions {
    @Parameters(index = "0", paramLabel = "MESSAGE", description = "The error message (quote it).")
    String message;

    @Option(names = "--code", description = "Error code from the client, e.g. ThrottlingException.")
    String code;

    @Option(names = "--service", description = "Upstream service: bedrock, dynamodb, opensearch, redis, ecs, apigateway, iam, app.")
    String service;

    @Option(names = "--status", paramLabel = "HTTP", description = "HTTP status code of the failed call.")
    Integer status;

    @Option(names = "--operation", description = "API operation, e.g. InvokeModel.")
    String operation;

    ErrorInput toInput() {
        return ErrorInput.builder(message).code(code).service(service).httpStatus(status).operation(operation).build();
    }
}
