package io.fmscope.sdk.resilience;

import java.util.HashSet;
import java.util.List;

/** The models to try in order, primary first (e.g. Claude 3 Sonnet, then Claude 3 Haiku). */
public record FallbackChain(List<ModelSpec> models) {

    public FallbackChain {
        models = List.copyOf(models);
        if (models.isEmpty()) throw new IllegalArgumentException("empty fallback chain");
        var ids = new HashSet<String>();
        for (ModelSpec m : models) {
            if (!ids.add(m.modelId())) throw new IllegalArgumentException("model twice in chain: " + m.modelId());
        }
    }

    public static FallbackChain of(ModelSpec primary, ModelSpec... fallbacks) {
        var all = new java.util.ArrayList<ModelSpec>();
        all.add(primary);
        all.addAll(List.of(fallbacks));
        return new FallbackChain(all);
    }

    public ModelSpec primary() {
        return models.getFirst();
    }
}
