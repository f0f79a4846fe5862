/**
 * What the {@code pattern}, {@code diff} and {@code anomaly} commands compute, apart from rows: mining a batch of
 * lines with the template miner of {@code fmscope-patterns} in a fixed order, the severity label, pattern id and
 * regex of a template, the values of its variable tokens, the comparison of two time ranges, and the statistics of
 * the five anomaly kinds. The operators in {@code io.fmscope.query.exec} turn these into rows.
 */
package io.fmscope.query.mining;
