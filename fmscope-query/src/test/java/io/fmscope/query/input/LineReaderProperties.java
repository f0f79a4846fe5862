package io.fmscope.query.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Lines, flags and the plain-ASCII shortcut against a naive splitter, whatever sizes the reads come in. */
class LineReaderProperties {

    record Line(byte[] bytes, boolean oversized, boolean plain) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && Arrays.equals(bytes, l.bytes) && oversized == l.oversized && plain == l.plain;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return Arrays.toString(bytes) + (oversized ? " oversized" : "") + (plain ? " plain" : "");
        }
    }

    @Property(tries = 500)
    void splitsLikeANaiveReader(@ForAll("content") byte[] content, @ForAll @IntRange(min = 16, max = 40) int max,
                                @ForAll @IntRange(min = 1, max = 50) int chunk) throws IOException {
        LineReader r = new LineReader(new Trickle(content, chunk), max);
        List<Line> actual = new ArrayList<>();
        while (r.next()) {
            actual.add(new Line(Arrays.copyOfRange(r.bytes(), r.offset(), r.offset() + r.length()), r.oversized(),
                    r.plainAscii()));
        }
        assertThat(actual).containsExactlyElementsOf(naive(content, max));
    }

    private static List<Line> naive(byte[] content, int max) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') end++;
            byte[] line = Arrays.copyOfRange(content, start, end);
            boolean oversized = line.length > max;
            byte[] kept = oversized ? Arrays.copyOf(line, max) : line;
            if (kept.length > 0 && kept[kept.length - 1] == '\r') kept = Arrays.copyOf(kept, kept.length - 1);
            boolean plain = !oversized;
            for (byte b : line) plain &= b > 0;
            out.add(new Line(kept, oversized, plain));
            start = end + 1;
        }
        return out;
    }

    @Provide
    Arbitrary<byte[]> content() {
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.bytes().between((byte) 'a', (byte) 'z')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of((byte) '\n', (byte) '\r')),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes()));
        return b.array(byte[].class).ofMaxSize(300);
    }

    /** Hands out at most {@code chunk} bytes per read, as pipes and gzip streams do. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;
        private final int chunk;

        Trickle(byte[] content, int chunk) {
            this.in = new ByteArrayInputStream(content);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, chunk));
        }
    }
}
