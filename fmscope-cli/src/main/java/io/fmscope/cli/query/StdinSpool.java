package io.fmscope.cli.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A query with a subquery reads its input twice, and stdin can be read only once: such a query first copies stdin
 * (plain or gzip, as it comes) to a private temporary file, deleted when the query ends.
 */
final class StdinSpool implements AutoCloseable {
    private final Path file;

    private StdinSpool(Path file) {
        this.file = file;
    }

    static StdinSpool copy(InputStream stdin) throws IOException {
        Path file = Files.createTempFile("fmscope-stdin-", ".log");
        try {
            Files.copy(stdin, file, StandardCopyOption.REPLACE_EXISTING);
            return new StdinSpool(file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
