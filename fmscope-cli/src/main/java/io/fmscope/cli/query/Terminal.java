package io.fmscope.cli.query;

import java.io.Console;

/** Whether the process talks to a terminal (then a progress bar helps rather than pollutes a log). */
final class Terminal {
    private Terminal() {}

    static boolean stderrIsTerminal() {
        Console c = System.console();
        if (c == null) return false;
        try { // JDK 22+ returns a Console even when redirected; isTerminal() tells the truth there
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
