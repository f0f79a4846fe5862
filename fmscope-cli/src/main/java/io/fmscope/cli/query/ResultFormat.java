package io.fmscope.cli.query;

import io.fmscope.query.exec.QueryResult;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** How {@code fmscope query} prints rows on stdout. */
enum ResultFormat {
    /** Aligned columns for reading. */
    TABLE(TableWriter::new),
    /** A JSON array of objects in result order; absent fields are left out, numbers stay numbers. */
    JSON(JsonWriter::new),
    /** RFC 4180 CSV with a header row. */
    CSV(CsvWriter::new);

    // made on use: the JSON writer's ObjectMapper alone costs a noticeable share of a short run's start-up
    private final Supplier<Writer> writer;

    ResultFormat(Supplier<Writer> writer) {
        this.writer = writer;
    }

    void write(QueryResult result, PrintWriter out) {
        writer.get().write(result, out);
    }

    /** Prints a result. */
    interface Writer {
        void write(QueryResult result, PrintWriter out);
    }
}
