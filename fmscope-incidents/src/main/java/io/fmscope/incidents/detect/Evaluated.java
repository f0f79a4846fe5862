package io.fmscope.incidents.detect;

import io.fmscope.incidents.Observation;

/** One signal's verdict at one evaluation, with the numbers it was reached on (null for NO_DATA). */
record Evaluated(Signal signal, Verdict verdict, Observation observation) {}
