package io.fmscope.patterns;

/**
 * What a token of a log line is. {@link #WORD} is constant text; every other type is a variable whose
 * value is masked before clustering, so lines that differ only in such values share a template.
 * {@link #ANY} is a position that became variable because lines disagreed on it (Drain's {@code <*>}).
 * The display names follow CloudWatch's inferred token names ({@code <IPAddress-3>}, {@code <Token-4>}).
 */
public enum TokenType {
    WORD("Word"),
    NUM("Number"),
    HEX("Hex"),
    IP("IPAddress"),
    UUID("UUID"),
    TIME("Time"),
    PATH("Path"),
    URL("URL"),
    QUOTED("Quoted"),
    REQUEST_ID("RequestId"),
    ARN("ARN"),
    EMAIL("Email"),
    HOST("Host"),
    USER("User"),
    ID("ID"),
    ANY("Token");

    private final String displayName;
    private final String mask;

    TokenType(String displayName) {
        this.displayName = displayName;
        this.mask = "<" + name() + ">";
    }

    /** CloudWatch-style name used in rendered patterns, e.g. {@code IPAddress}. */
    public String displayName() {
        return displayName;
    }

    /** The placeholder written into a masked token, e.g. {@code <IP>}; only for variable types. */
    public String mask() {
        return mask;
    }

    public boolean isVariable() {
        return this != WORD;
    }
}
