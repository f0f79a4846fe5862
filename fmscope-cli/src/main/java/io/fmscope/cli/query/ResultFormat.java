package io.fmscope.cli.query;

import io.fmscope.query.exec.QueryResult;
import java.io.PrintWriter;

/** How {@code fmscope query} prints rows on stdout. */
enum ResultFormat {
    /** Aligned columns for reading. */
    TABLE(new TableWriter()),
    /** A JSON array of objects in result order; absent fields are left out, numbers stay numbers. */
    JSON(new JsonWriter()),
    /** RFC 4180 CSV with a header row. */
    CSV(new CsvWriter());

    private final Writer writer;

    ResultFormat(Writer writer) {
        this.writer = writer;
    }

    void write(QueryResult result, PrintWriter out) {
        writer.write(result, out);
    }

    /** Prints a result. */
    interface Writer {
        void write(QueryResult result, PrintWriter out);
    }
}
