package io.fmscope.storage;

/** Reads stored events. */
public interface LogReader {

    /** A new scan description; nothing runs until {@link ScanBuilder#open()}. */
    ScanBuilder scan();
}
