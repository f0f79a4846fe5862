package io.fmscope.model.trace;

/** One X-Ray stack frame; any field may be null (line 0 when unknown). */
public record StackFrame(String path, int line, String label) {
}
