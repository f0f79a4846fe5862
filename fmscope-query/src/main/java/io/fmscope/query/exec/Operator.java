package io.fmscope.query.exec;

/** A pull-based operator: each call returns the next row, or null when there are no more. */
interface Operator {
    Row next();
}
