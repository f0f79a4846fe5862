package io.fmscope.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fmscope.storage.StorageException;
import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS JSON 1.1 adapter: {@code POST /} with {@code X-Amz-Target: <prefix>.<Operation>}. It only decodes
 * the envelope, dispatches through the route table and encodes the result or the error. Signatures are
 * accepted without checking.
 */
public final class AwsJsonProtocol {
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final Logger LOG = LoggerFactory.getLogger(AwsJsonProtocol.class);

    private final String targetPrefix;
    private final Map<String, Operation> routes;

    public AwsJsonProtocol(String targetPrefix, Map<String, Operation> routes) {
        this.targetPrefix = targetPrefix + ".";
        this.routes = Map.copyOf(routes);
    }

    public void handle(Context ctx) {
        String requestId = UUID.randomUUID().toString();
        ctx.header("x-amzn-RequestId", requestId);
        ctx.contentType(CONTENT_TYPE);
        Object out;
        int status = 200;
        try {
            out = dispatch(ctx.header("X-Amz-Target"), ctx.bodyAsBytes());
        } catch (ApiException e) {
            status = e.status();
            out = e.body();
        } catch (StorageException e) {
            ApiException mapped = StorageErrors.map(e);
            status = mapped.status();
            out = mapped.body();
        } catch (RuntimeException e) {
            LOG.error("request {} failed", requestId, e);
            status = 500;
            out = Map.of("__type", "ServiceUnavailableException", "message", "Internal error " + requestId);
        }
        try {
            ctx.status(status).result(Json.MAPPER.writeValueAsBytes(out == null ? Map.of() : out));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serializable", e);
        }
    }

    private Object dispatch(String target, byte[] body) {
        if (target == null || !target.startsWith(targetPrefix)) {
            throw ApiException.unknownOperation(String.valueOf(target));
        }
        Operation op = routes.get(target.substring(targetPrefix.length()));
        if (op == null) {
            throw ApiException.unknownOperation(target);
        }
        return op.handle(new RequestBody(body));
    }
}
