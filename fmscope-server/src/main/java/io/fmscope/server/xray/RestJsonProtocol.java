package io.fmscope.server.xray;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.server.api.ApiException;
import io.fmscope.server.api.Json;
import io.fmscope.server.api.Operation;
import io.fmscope.server.spans.IngestFullException;
import io.fmscope.storage.StorageException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restJson1 adapter of the X-Ray API: {@code POST /<Path>} with a JSON body; it decodes, calls the
 * operation, encodes. Errors carry the code in {@code X-Amzn-ErrorType} and {@code __type}. Signatures are
 * accepted without checking.
 */
public final class RestJsonProtocol {
    private static final Logger LOG = LoggerFactory.getLogger(RestJsonProtocol.class);

    private RestJsonProtocol() {
    }

    public static Handler handler(Operation op) {
        return ctx -> handle(ctx, op);
    }

    private static void handle(Context ctx, Operation op) throws JsonProcessingException {
        String requestId = UUID.randomUUID().toString();
        ctx.header("x-amzn-RequestId", requestId);
        ctx.contentType("application/json");
        Object out;
        try {
            out = op.handle(body(ctx.body()));
        } catch (XRayException e) {
            error(ctx, e);
            return;
        } catch (ApiException e) {
            error(ctx, XRayException.invalidRequest(e.getMessage()));
            return;
        } catch (IngestFullException e) {
            ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
            error(ctx, XRayException.throttled(e.getMessage()));
            return;
        } catch (StorageException e) {
            error(ctx, e.kind() == StorageException.Kind.PERMANENT
                    ? new XRayException("InternalFailure", 500, "Storage failure: " + e.getMessage())
                    : XRayException.throttled("Storage busy: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            LOG.error("X-Ray request {} failed", requestId, e);
            error(ctx, new XRayException("InternalFailure", 500, "Internal error " + requestId));
            return;
        }
        ctx.status(200).result(Json.MAPPER.writeValueAsBytes(out == null ? java.util.Map.of() : out));
    }

    private static JsonNode body(String text) {
        if (text == null || text.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(text);
            if (n == null || !n.isObject()) {
                throw XRayException.invalidRequest("The request body must be a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw XRayException.invalidRequest("Malformed JSON request body: " + e.getOriginalMessage());
        }
    }

    private static void error(Context ctx, XRayException e) throws JsonProcessingException {
        ctx.status(e.status()).header("X-Amzn-ErrorType", e.code())
                .result(Json.MAPPER.writeValueAsBytes(e.body()));
    }
}
