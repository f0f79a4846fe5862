/**
 * {@link io.fmscope.analyzer.FmLogAnalyzer}: the seed's FMLogAnalyzer (section 7) in Java, on the AWS SDK for
 * Java v2 {@code CloudWatchLogsClient}. It depends on nothing of fmscope, so an application can embed it and point
 * it at real CloudWatch Logs or at an fmscope server.
 */
package io.fmscope.analyzer;
