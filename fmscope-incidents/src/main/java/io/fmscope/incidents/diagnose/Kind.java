package io.fmscope.incidents.diagnose;

/**
 * What a departure costs users, so causes of different kinds can be weighed against each other: failed calls,
 * slow calls, money, empty or irrelevant retrievals, broken sessions. Each kind's size is the excess number of
 * affected records in the analysed window.
 */
enum Kind {
    ERRORS,
    SLOW,
    COST,
    RAG,
    SESSION
}
