/**
 * Runtime values of the query engine and their coercion rules: {@link io.fmscope.query.value.Value} and its kinds,
 * {@link io.fmscope.query.value.Coercion} (number, text and time views), {@link io.fmscope.query.value.Arithmetic},
 * {@link io.fmscope.query.value.Comparison}, {@link io.fmscope.query.value.Collation} (natural sort). Every rule is
 * written down, with its reason, in {@code docs/query/semantics-values.md}.
 */
package io.fmscope.query.value;
