package io.fmscope.server.xray.sampling;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sampling rules as data: a YAML or JSON file {@code {rules: [ {RuleName, Priority, FixedRate,
 * ReservoirSize, ServiceName, ...}, ... ]}} with the API's member names; must include {@code Default}.
 * Without a file, the bundled {@code default-sampling-rules.yaml} applies.
 */
public final class RulesFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Doc(@JsonProperty("rules") List<SamplingRule> rules) {
    }

    private RulesFile() {
    }

    public static List<SamplingRule> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read sampling rules " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<SamplingRule> defaults() {
        try (InputStream in = RulesFile.class.getResourceAsStream("default-sampling-rules.yaml")) {
            return read(in, "default-sampling-rules.yaml");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SamplingRule> read(InputStream in, String name) throws IOException {
        Doc doc = YAML.readValue(in, Doc.class); // YAML is a superset of JSON: one reader for both
        if (doc == null || doc.rules() == null || doc.rules().isEmpty()) {
            throw new IllegalArgumentException(name + ": no rules");
        }
        return doc.rules();
    }
}
