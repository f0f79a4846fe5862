package io.fmscope.incidents.detect;

import io.fmscope.incidents.facts.Metric;
import io.fmscope.patterns.TemplateMiner;

/** Describes a signal in words for incident titles; template signals show the mined template. */
final class SignalNames {
    private static final int MAX_TEMPLATE_CHARS = 120;

    private SignalNames() {}

    static String describe(Signal signal, TemplateMiner templates) {
        return switch (signal) {
            case Signal.Tail t -> tail(t.metric());
            case Signal.Count c -> {
                String name = c.key().name();
                yield switch (c.key().family()) {
                    case ERRORS -> "failed FM calls";
                    case CATEGORY -> name + " errors";
                    case STATUS -> "calls with status " + name;
                    case SERVICE -> "errors from " + name;
                    case TEMPLATE -> "errors like \"" + template(templates, name) + "\"";
                    case RETRIED -> "calls that needed retries";
                    case FALLBACK -> "calls answered by a fallback model";
                    case TRUNCATED -> "calls with a truncated prompt";
                    case CACHE_MISS -> "calls not answered from the response cache";
                    case RAG_EMPTY -> "vector searches that returned nothing";
                    case SESSION -> "session events " + name;
                    case CAUSE -> name.replace("@", " errors from ");
                };
            }
        };
    }

    private static String tail(Metric m) {
        return switch (m) {
            case INPUT_TOKENS -> "input tokens per call";
            case OUTPUT_TOKENS -> "output tokens per call";
            case COST -> "cost per call";
            case RAG_QUERY_LATENCY -> "vector search latency";
            case RAG_RELEVANCE -> "vector search relevance (lower is worse)";
            default -> m.label().replace("_ms", "").replace('_', ' ') + " latency";
        };
    }

    private static String template(TemplateMiner templates, String id) {
        String text = templates.template(Long.parseLong(id)).map(t -> t.pattern()).orElse("template " + id);
        return text.length() <= MAX_TEMPLATE_CHARS ? text : text.substring(0, MAX_TEMPLATE_CHARS) + "…";
    }
}
