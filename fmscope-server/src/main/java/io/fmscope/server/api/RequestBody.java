package io.fmscope.server.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The raw JSON body of one request. {@link #as} binds it straight to the operation's request record with
 * Jackson's UTF-8 parser (no intermediate tree: a PutLogEvents body is up to 1 MB of escaped messages); an empty
 * body counts as {@code {}}. Anything that is not one JSON object, or has a member of the wrong JSON type, is the
 * client's {@code SerializationException}.
 */
public final class RequestBody {
    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    private final byte[] bytes;

    public RequestBody(byte[] bytes) {
        this.bytes = bytes == null || isBlank(bytes) ? EMPTY_OBJECT : bytes;
    }

    public <T> T as(Class<T> type) {
        try (JsonParser p = Json.MAPPER.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ApiException.serialization("The request body must be a JSON object");
            }
            T value = Json.MAPPER.readValue(p, type);
            if (p.nextToken() != null) {
                throw ApiException.serialization("Malformed JSON request body: trailing content after the object");
            }
            return value;
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw ApiException.serialization("Malformed JSON request body: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiException.serialization("Cannot read request: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.serialization("Malformed JSON request body: " + e.getMessage());
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
