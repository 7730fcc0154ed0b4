package org.inspect.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CLI's own output: results to stdout, messages and progress to stderr. Logs (SLF4J) are for
 * diagnostics only; what a user reads goes through here.
 */
public final class Console {

    private static PrintWriter out = writer(System.out);
    private static PrintWriter err = writer(System.err);

    private Console() {
    }

    /**
     * The terminal's own encoding when there is one (GBK on a Chinese Windows console), else UTF-8 (pipes and
     * files), so Chinese text is readable either way.
     */
    public static java.nio.charset.Charset charset() {
        java.io.Console c = System.console();
        return c != null ? c.charset() : StandardCharsets.UTF_8;
    }

    static PrintWriter writer(PrintStream s) {
        return new PrintWriter(new java.io.OutputStreamWriter(s, charset()), true);
    }

    /** Redirects output, for tests. */
    public static void redirect(PrintWriter newOut, PrintWriter newErr) {
        out = newOut;
        err = newErr;
    }

    /** Restores stdout and stderr. */
    public static void reset() {
        out = writer(System.out);
        err = writer(System.err);
    }

    public static PrintWriter out() {
        return out;
    }

    public static void println(String line) {
        if (!hold(false, line)) {
            out.println(line);
            out.flush();
        }
    }

    public static void info(String line) {
        if (!hold(true, line)) {
            err.println(line);
            err.flush();
        }
    }

    public static void error(String line) {
        info(line);
    }

    /** Lines held back by {@link #holding}: whether each goes to stderr, and its text. */
    private record HeldLine(boolean toErr, String text) {
    }

    /** The lines of the running {@link #holding} call, seen by the threads it starts too. */
    private static final InheritableThreadLocal<List<HeldLine>> HELD = new InheritableThreadLocal<>();

    private static boolean hold(boolean toErr, String line) {
        List<HeldLine> held = HELD.get();
        if (held == null) {
            return false;
        }
        held.add(new HeldLine(toErr, line));
        return true;
    }

    /** Lines held back by {@link #holding}, to be printed when the output they ran beside is done. */
    public static final class Held {
        private final List<HeldLine> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        /** Prints the held lines, in the order they were written. */
        public void print() {
            synchronized (lines) {
                for (HeldLine l : lines) {
                    if (l.toErr()) {
                        info(l.text());
                    } else {
                        println(l.text());
                    }
                }
            }
        }
    }

    /**
     * Runs work that goes on beside other output (the demo writes month one's documents while it imports month
     * two), holding its lines and those of the threads it starts; the caller prints them when it sees fit. If the
     * work fails, its lines are printed at once.
     */
    public static Held holding(Runnable work) {
        Held held = new Held();
        HELD.set(held.lines);
        boolean done = false;
        try {
            work.run();
            done = true;
        } finally {
            HELD.remove();
            if (!done) {
                held.print();
            }
        }
        return held;
    }

    /** Whether stderr is an interactive terminal (a progress bar then redraws in place). */
    public static boolean isTerminal() {
        return System.console() != null;
    }

    /**
     * Reports progress of a long task on stderr: a redrawn bar on a terminal, a line per quarter otherwise (logs stay short).
     */
    public static final class Progress {
        private final String label;
        private final long total;
        private int lastShown = -1;

        public Progress(String label, long total) {
            this.label = label;
            this.total = Math.max(1, total);
        }

        public void update(long done) {
            int pct = (int) Math.min(100, done * 100 / total);
            if (isTerminal()) {
                if (pct != lastShown) {
                    int width = 30;
                    int filled = pct * width / 100;
                    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + pct + "%");
                    err.flush();
                    lastShown = pct;
                }
            } else if (pct / 25 != lastShown / 25 || lastShown < 0) {
                err.println(label + " " + pct + "%");
                err.flush();
                lastShown = pct;
            }
        }

        public void done() {
            if (isTerminal()) {
                err.println();
            }
            err.flush();
        }
    }
}
