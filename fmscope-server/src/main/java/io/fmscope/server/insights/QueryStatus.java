package io.fmscope.server.insights;

/** The GetQueryResults / DescribeQueries status values. */
public enum QueryStatus {
    Scheduled, Running, Complete, Failed, Cancelled, Timeout, Unknown;

    boolean active() {
        return this == Scheduled || this == Running;
    }
}
