package io.fmscope.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The one-pass byte scanner must discover exactly what the String extractor discovers, and judge validity. */
class MessageScannerProperties {

    @Property(tries = 400)
    void bytesScanEqualsTheExtractor(@ForAll("documents") String json, @ForAll @IntRange(min = 1, max = 12) int limit,
                                     @ForAll("names") List<String> extra) {
        DiscoveryOptions options = new DiscoveryOptions(limit, false);
        List<String> names = new ArrayList<>(new JsonFlattener(new DiscoveryOptions(1000, false))
                .flatten(json).fields().keySet());
        names.addAll(extra);
        MessageScanner scanner = new MessageScanner(names, List.of("a", "b.c"), options);
        byte[] b = ("  " + json + " \t").getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(b, 2, b.length - 2)).isTrue();
        Value[] scanned = new Value[names.size()];
        scanner.values(scanned);
        assertThat(scanned).containsExactly(new FieldExtractor(names, options).extract(json));
    }

    @Property(tries = 300)
    void onlyExactlyOneObjectIsValid(@ForAll("documents") String json, @ForAll @IntRange(max = 200) int cut) {
        MessageScanner scanner = new MessageScanner(List.of("a"), List.of(), DiscoveryOptions.DEFAULT);
        byte[] whole = json.getBytes(StandardCharsets.UTF_8);
        int len = Math.min(cut, whole.length);
        assertThat(scanner.scan(whole, 0, len)).as(json + " cut at " + len).isEqualTo(len == whole.length);
        byte[] twice = (json + json).getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(twice, 0, twice.length)).isFalse();
        byte[] trailing = (json + " x").getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(trailing, 0, trailing.length)).isFalse();
    }

    /**
     * Reused over documents of different shapes (its name guesses then often wrong, its walks stale), a scanner and
     * an extractor find exactly what fresh ones find, document after document.
     */
    @Property(tries = 200)
    void reuseAcrossShapesChangesNothing(@ForAll("documentLists") List<String> docs,
                                         @ForAll @IntRange(min = 1, max = 12) int limit) {
        DiscoveryOptions options = new DiscoveryOptions(limit, false);
        Set<String> all = new LinkedHashSet<>();
        for (String json : docs) {
            all.addAll(new JsonFlattener(new DiscoveryOptions(1000, false)).flatten(json).fields().keySet());
        }
        List<String> names = new ArrayList<>(all);
        List<String> times = List.of("a", "b.c");
        MessageScanner reused = new MessageScanner(names, times, options);
        FieldExtractor extractor = new FieldExtractor(names, options);
        for (int round = 0; round < 2; round++) {
            for (String json : docs) {
                byte[] b = json.getBytes(StandardCharsets.UTF_8);
                MessageScanner fresh = new MessageScanner(names, times, options);
                assertThat(reused.scan(b, 0, b.length)).isEqualTo(fresh.scan(b, 0, b.length)).isTrue();
                Value[] got = new Value[names.size()];
                Value[] want = new Value[names.size()];
                reused.values(got);
                fresh.values(want);
                assertThat(got).as(json).containsExactly(want);
                assertThat(reused.timeValue(0)).isEqualTo(fresh.timeValue(0));
                assertThat(reused.timeValue(1)).isEqualTo(fresh.timeValue(1));
                assertThat(extractor.extract(json)).as(json)
                        .containsExactly(new FieldExtractor(names, options).extract(json));
                String cut = json.substring(0, json.length() / 2); // a broken line keeps its head
                assertThat(extractor.extract(cut)).containsExactly(new FieldExtractor(names, options).extract(cut));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> documentLists() {
        return JsonDocuments.objects().list().ofMinSize(2).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> documents() {
        return JsonDocuments.objects();
    }

    @Provide
    Arbitrary<List<String>> names() {
        return JsonDocuments.names().list().ofMaxSize(4);
    }
}
