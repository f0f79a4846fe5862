package io.fmscope.patterns;

/**
 * The template a mined line was assigned to.
 *
 * @param templateId stable id of the template (see {@link TemplateMiner#resolve(long)} after merges)
 * @param change     what mining this line did to the set of templates
 */
public record Assignment(long templateId, Change change) {
    public enum Change {
        /** The line matched an existing template unchanged. */
        NONE,
        /** The line started a new template. */
        CREATED,
        /** The line made an existing template more general (a position became {@code <*>}). */
        GENERALISED
    }
}
