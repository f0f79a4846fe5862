package io.fmscope.incidents.diagnose;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.incidents.facts.Component;
import java.util.List;

/** Drafts naming the same category and component, merged and scored. Drafts are strongest first. */
record Candidate(String category, Component component, ErrorPattern pattern, List<Draft> drafts, double explained,
                 double precedence, double match, boolean symptom, double score, long startedAt) {
    Candidate {
        drafts = List.copyOf(drafts);
    }

    Draft lead() {
        return drafts.getFirst();
    }
}
