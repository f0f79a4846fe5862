package io.fmscope.benchmarks.loghub;

import com.fasterxml.jackson.databind.MappingIterator;
import io.fmscope.patterns.LogFormat;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Loghub-2k dataset read from disk: the messages (the {@code Content} of each raw line, split with the
 * dataset's log format) and the ground-truth template of each line under every label set present.
 *
 * @param labels label-set name ({@link #ORIGINAL}, {@link #CORRECTED}, {@link #LOGHUB2}) to one template per line
 */
public record LabelledDataset(LoghubDataset dataset, List<String> contents, Map<String, List<String>> labels) {
    /** ICSE-SEIP'19 labels, against which Drain's published GA numbers are measured. */
    public static final String ORIGINAL = "original";
    /** Khan et al. ICSE'22 corrected labels ({@code corrected/*_structured_corrected.csv}). */
    public static final String CORRECTED = "corrected";
    /** Loghub-2.0's 2k labels ({@code loghub-2.0/*_structured_corrected.csv}), 14 datasets. */
    public static final String LOGHUB2 = "loghub-2.0";

    public static LabelledDataset load(Path loghubRoot, LoghubDataset d) {
        Path dir = loghubRoot.resolve(d.name());
        LogFormat format = d.format();
        List<String> contents = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(d.name() + "_2k.log"), StandardCharsets.UTF_8)) {
                String raw = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                format.content(raw).ifPresent(contents::add); // logparser skips lines that do not match
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> labels = new LinkedHashMap<>();
        labels.put(ORIGINAL, templates(dir.resolve(d.name() + "_2k.log_structured.csv")));
        Path corrected = dir.resolve("corrected").resolve(d.name() + "_2k.log_structured_corrected.csv");
        if (Files.exists(corrected)) labels.put(CORRECTED, templates(corrected));
        Path v2 = dir.resolve("loghub-2.0").resolve(d.name() + "_2k.log_structured_corrected.csv");
        if (Files.exists(v2)) labels.put(LOGHUB2, templates(v2));
        for (Map.Entry<String, List<String>> e : labels.entrySet()) {
            if (e.getValue().size() != contents.size()) {
                throw new IllegalStateException(d.name() + ": " + contents.size() + " messages but "
                    + e.getValue().size() + " " + e.getKey() + " labels");
            }
        }
        return new LabelledDataset(d, List.copyOf(contents), labels);
    }

    /** The {@code EventTemplate} column, in row order, read with a real CSV parser (fields hold newlines). */
    static List<String> templates(Path csv) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(r)) {
            while (it.hasNext()) out.add(it.next().get("EventTemplate"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return out;
    }
}
