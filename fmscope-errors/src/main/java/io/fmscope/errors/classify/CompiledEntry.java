package io.fmscope.errors.classify;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.catalog.RegexRules;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A catalog entry with its regexes compiled once; immutable, so one instance serves every thread. */
record CompiledEntry(ErrorPattern pattern, List<Pattern> regexes, List<Integer> specificity, Set<String> codes) {

    static CompiledEntry of(ErrorPattern pattern) {
        return new CompiledEntry(pattern,
                pattern.regexPatterns().stream().map(RegexRules::compile).toList(),
                pattern.regexPatterns().stream().map(RegexRules::specificity).toList(),
                pattern.errorCodes().stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }
}
