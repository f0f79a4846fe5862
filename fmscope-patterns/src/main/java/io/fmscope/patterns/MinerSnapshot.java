package io.fmscope.patterns;

import java.util.List;
import java.util.Map;

/**
 * The persistent state of a {@link TemplateMiner}: its live templates and the id counter, enough to
 * rebuild the indexes so that the same lines get the same template ids after a restart. The fast-path
 * cache is not part of it (it refills from the first lines).
 *
 * @param version       format version, {@link #CURRENT}
 * @param nextId        the id the next new template gets
 * @param lines         lines mined so far
 * @param overflowCount lines whose templates were evicted at the cap
 * @param templates     live templates, least recently used first
 * @param aliases       ids that were handed out and later merged, to the id they merged into
 */
public record MinerSnapshot(int version, long nextId, long lines, long overflowCount, List<StoredTemplate> templates,
                            Map<Long, Long> aliases) {
    public static final int CURRENT = 1;

    public MinerSnapshot {
        templates = List.copyOf(templates);
        aliases = Map.copyOf(aliases);
    }

    /** One template as stored; {@code value} is null for a variable token. */
    public record StoredTemplate(long id, long count, boolean variableLength, List<StoredToken> tokens,
                                 List<String> samples) {
        public StoredTemplate {
            tokens = List.copyOf(tokens);
            samples = List.copyOf(samples);
        }
    }

    public record StoredToken(String frame, String value, TokenType type, boolean glued) {
    }
}
