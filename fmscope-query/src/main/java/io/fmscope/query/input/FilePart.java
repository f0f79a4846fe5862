package io.fmscope.query.input;

import java.nio.file.Path;

/**
 * A byte range {@code [start, end)} of a plain file of lines that starts at a line start and ends after a line
 * break (or at the end of the file), with the format detected for the whole file (null: detect when opened).
 * Made by {@link FileSplitter}; read with {@link LogFileReader#open(FilePart, ReadOptions)}.
 */
public record FilePart(Path file, long start, long end, InputFormat format) {
    public long size() {
        return end - start;
    }
}
