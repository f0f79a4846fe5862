package io.fmscope.server.traces;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fmscope.model.trace.TraceId;
import java.io.IOException;

/** JSON for the analytics records: trace ids in X-Ray form, times as epoch nanoseconds, records as objects. */
public final class AnalyticsJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(TraceId.class, new JsonSerializer<>() {
                @Override public void serialize(TraceId id, JsonGenerator g, SerializerProvider p) throws IOException {
                    g.writeString(id.toXRay());
                }
            }))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private AnalyticsJson() {
    }
}
