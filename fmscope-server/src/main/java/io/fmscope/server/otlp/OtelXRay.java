package io.fmscope.server.otlp;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Attributes;
import io.fmscope.model.trace.AwsCall;
import io.fmscope.model.trace.Http;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.SpanStatus;
import java.util.Map;

/**
 * The X-Ray view of an OTel span, per the AWS X-Ray exporter's mapping: flags from the HTTP status code
 * (4xx error, 429 also throttle, 5xx fault; otherwise fault when the status is ERROR), the http and aws
 * blocks from the semantic-convention attributes (current names first, deprecated ones as fallback),
 * namespace and origin.
 */
final class OtelXRay {
    private OtelXRay() {
    }

    static Integer httpStatus(Map<String, AttributeValue> a) {
        Long code = Attributes.integer(a, "http.status_code");
        if (code == null) {
            code = Attributes.integer(a, "http.response.status_code");
        }
        return code == null ? null : code.intValue();
    }

    static Outcome outcome(Map<String, AttributeValue> a, SpanStatus status) {
        return Outcome.of(httpStatus(a), status.code() == SpanStatus.Code.ERROR);
    }

    static Http http(Map<String, AttributeValue> a) {
        Long length = Attributes.integer(a, "http.response.body.size");
        if (length == null) {
            length = Attributes.integer(a, "http.response_content_length");
        }
        return new Http(Attributes.firstString(a, "http.request.method", "http.method"),
                Attributes.firstString(a, "url.full", "http.url"),
                Attributes.firstString(a, "user_agent.original", "http.user_agent"),
                Attributes.firstString(a, "client.address", "http.client_ip"), httpStatus(a), length, false, false);
    }

    static AwsCall aws(Map<String, AttributeValue> a) {
        String table = null;
        if (a.get("aws.dynamodb.table_names") instanceof AttributeValue.ArrayValue names && !names.values().isEmpty()) {
            table = names.values().getFirst().asText();
        }
        Long retries = Attributes.integer(a, "http.request.resend_count");
        AwsCall call = new AwsCall(awsApi(a) ? Attributes.string(a, "rpc.method") : null, null,
                Attributes.string(a, "cloud.region"), Attributes.firstString(a, "aws.request_id", "aws.requestId"),
                table, Attributes.string(a, "aws.sqs.queue_url"), retries == null ? null : retries.intValue(), Map.of());
        return call;
    }

    static boolean awsApi(Map<String, AttributeValue> a) {
        return "aws-api".equals(Attributes.firstString(a, "rpc.system", "rpc.system.name"));
    }

    static Namespace namespace(Map<String, AttributeValue> a, SpanKind kind) {
        if (awsApi(a)) {
            return Namespace.AWS;
        }
        return kind == SpanKind.CLIENT ? Namespace.REMOTE : Namespace.NONE;
    }

    /** X-Ray origin from {@code cloud.platform} (and the ECS launch type), null when unknown. */
    static String origin(Map<String, AttributeValue> resource) {
        String platform = Attributes.string(resource, "cloud.platform");
        if (platform == null) {
            return null;
        }
        return switch (platform) {
            case "aws_ec2" -> "AWS::EC2::Instance";
            case "aws_ecs" -> "fargate".equalsIgnoreCase(Attributes.string(resource, "aws.ecs.launchtype"))
                    ? "AWS::ECS::Fargate" : "AWS::ECS::Container";
            case "aws_eks" -> "AWS::EKS::Container";
            case "aws_elastic_beanstalk" -> "AWS::ElasticBeanstalk::Environment";
            case "aws_lambda" -> "AWS::Lambda::Function";
            case "aws_app_runner" -> "AWS::AppRunner::Service";
            default -> null;
        };
    }

    /** Annotation keys keep only {@code [A-Za-z0-9_.]} (the exporter's sanitising with the allowDot gate). */
    static String annotationKey(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' ? c : '_');
        }
        return b.toString();
    }
}
