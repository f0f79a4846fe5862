package io.fmscope.benchmarks.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.SplittableRandom;

/**
 * An endless, deterministic stream of seed-shaped log records (seed section 3.1): {@code FM_CALL} entries as
 * {@code StructuredFMLogger.to_json} writes them (nulls left out) and {@code RAG_RETRIEVAL} entries, in time order.
 * The same {@link GeneratorConfig} always gives the same records. Not thread-safe.
 */
public final class SeedRecordGenerator implements Iterator<SeedRecord> {
    private static final JsonFactory JSON = new JsonFactory();

    private final GeneratorConfig config;
    private final SplittableRandom rnd;
    private final FmCallFields fmCall;
    private final RagFields rag;
    private long time;
    private long index;

    public SeedRecordGenerator(GeneratorConfig config) {
        this.config = config;
        this.rnd = new SplittableRandom(config.seed());
        this.fmCall = new FmCallFields(rnd);
        this.rag = new RagFields(rnd);
        this.time = config.startMillis();
    }

    public static SeedRecordGenerator standard() {
        return new SeedRecordGenerator(GeneratorConfig.DEFAULT);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public SeedRecord next() {
        time += config.meanGapMillis() == 0 ? 0 : rnd.nextLong(2 * config.meanGapMillis() + 1);
        boolean isRag = rnd.nextDouble() < config.ragShare();
        StringWriter out = new StringWriter(isRag ? 400 : 2000);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (isRag) rag.write(g, time, index);
            else fmCall.write(g, time, index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index++;
        return new SeedRecord(time, isRag ? SeedRecord.RAG_RETRIEVAL : SeedRecord.FM_CALL, out.toString());
    }
}
