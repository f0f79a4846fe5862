package io.fmscope.query.input;

import io.fmscope.model.log.LogEvent;

import java.io.Closeable;
import java.io.IOException;

/** Produces events one at a time from one input; null at the end. */
interface EventSource extends Closeable {

    LogEvent next() throws IOException;

    ReadStats stats();
}
