package io.fmscope.query.exec;

/** A pull-based operator: each call returns the next row, or null when there are no more. */
interface Operator {
    Row next();

    /**
     * For partial results: an operator over the rows this one would return if its input ended now, made of copies
     * (nothing here is consumed or changed), or null when it cannot say (it is already returning rows, or it keeps no
     * such state, as the scan, dedup and pattern). Called on the query thread between two rows of the scan.
     */
    default Operator preview() {
        return null;
    }
}
