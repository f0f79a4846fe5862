package io.fmscope.sdk.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the YAML pricing format (see docs/pricing.md) into {@link ModelSpec}s, each tagged with its location. */
final class CatalogFile {

    static final int VERSION = 1;

    /** One model as written; price and match fields are null when the file leaves them out (overrides). */
    record ModelSpec(String location, String tier, List<String> match, Double input, Double output,
                     Double cacheRead, Double cacheWrite, String family, String region, String asOf, String source) {
    }

    record FileDoc(Integer version, List<FamilyDoc> families) {
    }

    record FamilyDoc(String family, String region, @JsonProperty("as_of") String asOf, String source,
                     List<ModelDoc> models) {
    }

    record ModelDoc(String tier, List<String> match, Double input, Double output,
                    @JsonProperty("cache_read") Double cacheRead, @JsonProperty("cache_write") Double cacheWrite) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private CatalogFile() {
    }

    static List<ModelSpec> read(InputStream in, String file) {
        JsonNode tree;
        try {
            tree = YAML.readTree(in);
        } catch (JsonProcessingException e) {
            throw new PricingCatalogException(file, "", "invalid YAML: " + e.getOriginalMessage() + lineOf(e), e);
        } catch (IOException e) {
            throw new PricingCatalogException(file, "", "cannot read pricing file: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new PricingCatalogException(file, "", "the file is empty");
        }
        FileDoc doc;
        try {
            doc = YAML.treeToValue(tree, FileDoc.class);
        } catch (JsonMappingException e) {
            throw new PricingCatalogException(file, path(e), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new PricingCatalogException(file, "", e.getOriginalMessage(), e);
        }
        if (doc.version() == null || doc.version() != VERSION) {
            throw new PricingCatalogException(file, "version", "expected 'version: " + VERSION + "', got "
                    + doc.version());
        }
        if (doc.families() == null) {
            throw new PricingCatalogException(file, "families", "a 'families' list is required");
        }
        return specs(doc, file);
    }

    private static List<ModelSpec> specs(FileDoc doc, String file) {
        List<ModelSpec> out = new ArrayList<>();
        var tiers = new HashSet<String>();
        for (int f = 0; f < doc.families().size(); f++) {
            FamilyDoc fam = doc.families().get(f);
            if (fam == null || fam.models() == null) {
                throw new PricingCatalogException(file, "families[" + f + "]", "a 'models' list is required");
            }
            for (int m = 0; m < fam.models().size(); m++) {
                ModelDoc md = fam.models().get(m);
                String at = "families[" + f + "].models[" + m + "]";
                if (md == null || md.tier() == null || md.tier().isBlank()) {
                    throw new PricingCatalogException(file, at, "'tier' is required");
                }
                at += " (tier '" + md.tier() + "')";
                if (!tiers.add(md.tier())) {
                    throw new PricingCatalogException(file, at, "tier is listed twice in this file");
                }
                out.add(new ModelSpec(at, md.tier(), md.match(), md.input(), md.output(), md.cacheRead(),
                        md.cacheWrite(), fam.family(), fam.region(), fam.asOf(), fam.source()));
            }
        }
        return out;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
