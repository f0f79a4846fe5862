package io.fmscope.incidents.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;

/**
 * The JSON form of incidents and diagnoses, shared by the server's API and the CLI that reads it: records as
 * objects with their component names, times as ISO-8601 UTC strings. Unknown fields are ignored when reading, so
 * an older CLI reads a newer server's answers.
 */
public final class IncidentJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("incident-times")
                    .addSerializer(Instant.class, new JsonSerializer<>() {
                        @Override public void serialize(Instant t, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeString(t.toString());
                        }
                    })
                    .addDeserializer(Instant.class, new JsonDeserializer<>() {
                        @Override public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return Instant.parse(p.getValueAsString());
                        }
                    }))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private IncidentJson() {}
}
