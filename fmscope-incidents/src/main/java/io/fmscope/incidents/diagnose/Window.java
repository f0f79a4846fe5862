package io.fmscope.incidents.diagnose;

/**
 * The windows of a diagnosis, epoch ms of data time: the analysed window {@code [from, to)} and the healthy
 * window before it {@code [baselineFrom, from)}.
 */
record Window(long baselineFrom, long from, long to) {
    Window {
        if (!(baselineFrom <= from && from < to)) throw new IllegalArgumentException("bad diagnosis window");
    }
}
