package io.fmscope.server.xray;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.Span;
import io.fmscope.server.api.Json;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * One daemon datagram: {@code {"format": "json", "version": 1}\n<document>}. The header is parsed as JSON
 * (SDKs differ in spacing); format is compared case-insensitively, as the daemon does.
 */
final class DaemonDatagram {
    private DaemonDatagram() {
    }

    static List<Span> decode(byte[] data, int length) throws SegmentException {
        int nl = -1;
        for (int i = 0; i < length; i++) {
            if (data[i] == '\n') {
                nl = i;
                break;
            }
        }
        if (nl < 0) {
            throw new SegmentException("MissingHeader", "no header line");
        }
        try {
            JsonNode header = Json.MAPPER.readTree(data, 0, nl);
            if (header == null || !header.isObject() || !"json".equalsIgnoreCase(header.path("format").asText())
                    || header.path("version").asInt(-1) != 1) {
                throw new SegmentException("InvalidHeader", "header must be {\"format\": \"json\", \"version\": 1}");
            }
        } catch (java.io.IOException e) {
            throw new SegmentException("InvalidHeader", "header is not JSON");
        }
        if (nl + 1 >= length) {
            throw new SegmentException("MissingSegment", "no segment after the header");
        }
        String body;
        try {
            body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, nl + 1, length - nl - 1)).toString();
        } catch (CharacterCodingException e) {
            throw new SegmentException("InvalidEncoding", "segment is not UTF-8");
        }
        return SegmentParser.parse(body);
    }
}
