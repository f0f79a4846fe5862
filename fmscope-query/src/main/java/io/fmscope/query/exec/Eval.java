package io.fmscope.query.exec;

import io.fmscope.query.value.Value;

/** A compiled expression. */
@FunctionalInterface
interface Eval {
    Value eval(Row row);
}
