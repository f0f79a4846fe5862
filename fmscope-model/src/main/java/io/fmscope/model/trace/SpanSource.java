package io.fmscope.model.trace;

/** Which protocol a span arrived by; decides how it is rendered back (e.g. BatchGetTraces documents). */
public enum SpanSource { OTLP, XRAY, SDK }
