package io.fmscope.server.logs;

/** ARNs in the shape AWS returns, for the region and account this server pretends to be. */
public record Arns(String region, String account) {
    public static final Arns DEFAULT = new Arns("us-east-1", "000000000000");

    /** {@code LogGroup.arn}: with the trailing {@code :*}. */
    public String group(String name) {
        return groupArn(name) + ":*";
    }

    /** {@code logGroupArn}: without it. */
    public String groupArn(String name) {
        return "arn:aws:logs:" + region + ":" + account + ":log-group:" + name;
    }

    public String stream(String group, String stream) {
        return groupArn(group) + ":log-stream:" + stream;
    }
}
