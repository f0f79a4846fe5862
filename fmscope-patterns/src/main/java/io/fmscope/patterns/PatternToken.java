package io.fmscope.patterns;

/**
 * One token of a template, in the spirit of CloudWatch's {@code PatternToken}.
 *
 * @param text  the constant text, or for a variable its frame with {@code <*>} for the value
 *              (e.g. {@code uid=<*>,})
 * @param type  {@link TokenType#WORD} for a constant, else the inferred type of the value
 * @param glued true when no space separates it from the previous token
 */
public record PatternToken(String text, TokenType type, boolean glued) {
    public boolean dynamic() {
        return type.isVariable();
    }
}
