package org.inspect.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.inspect.progress.Progress;

/**
 * The CLI's own output: results to stdout, messages and progress to stderr. Logs (SLF4J) are for diagnostics only;
 * what a user reads goes through here. One instance per command line, handed to each command (tests give one
 * that writes into strings), so nothing about the terminal is global.
 */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;

    /** The lines of the running {@link #holding} call, seen by the threads it starts too. */
    private final InheritableThreadLocal<List<HeldLine>> held = new InheritableThreadLocal<>();

    /** Where a secret comes from, given the environment variable that holds it and the prompt (null: none). */
    private final java.util.function.BiFunction<String, String, char[]> secrets;

    /** A console writing to {@code out} and {@code err}; {@code terminal}: stderr is a terminal (bars redraw). */
    public Console(PrintWriter out, PrintWriter err, boolean terminal) {
        this(out, err, terminal, Console::systemSecret);
    }

    /** As above, passwords asked of {@code secrets} (a test's: environment variable name and prompt). */
    public Console(PrintWriter out, PrintWriter err, boolean terminal,
            java.util.function.BiFunction<String, String, char[]> secrets) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.secrets = secrets;
    }

    /**
     * A password: the environment variable {@code env}, else asked on the terminal without echo; null if neither
     * (no terminal).
     */
    char[] secret(String env, String prompt) {
        return secrets.apply(env, prompt);
    }

    private static char[] systemSecret(String env, String prompt) {
        String value = System.getenv(env);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        java.io.Console c = System.console();
        return c == null ? null : c.readPassword("%s", prompt);
    }

    /** The process's stdout and stderr, in the terminal's encoding. */
    public static Console system() {
        return new Console(writer(System.out), writer(System.err), System.console() != null);
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

    public PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    public void println(String line) {
        if (!hold(false, line)) {
            out.println(line);
            out.flush();
        }
    }

    public void info(String line) {
        if (!hold(true, line)) {
            err.println(line);
            err.flush();
        }
    }

    public void error(String line) {
        info(line);
    }

    /** Lines held back by {@link #holding}: whether each goes to stderr, and its text. */
    private record HeldLine(boolean toErr, String text) {
    }

    private boolean hold(boolean toErr, String line) {
        List<HeldLine> lines = held.get();
        if (lines == null) {
            return false;
        }
        lines.add(new HeldLine(toErr, line));
        return true;
    }

    /** Lines held back by {@link #holding}, to be printed when the output they ran beside is done. */
    public final class Held {
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
    public Held holding(Runnable work) {
        Held h = new Held();
        held.set(h.lines);
        boolean done = false;
        try {
            work.run();
            done = true;
        } finally {
            held.remove();
            if (!done) {
                h.print();
            }
        }
        return h;
    }

    /** Whether stderr is an interactive terminal (a progress bar then redraws in place). */
    public boolean isTerminal() {
        return terminal;
    }

    /**
     * Progress of long tasks on stderr: on a terminal a bar drawn by the progressbar library (it redraws in place,
     * shows rate and time left), otherwise a line per quarter (logs and pipes stay short and readable).
     */
    public Progress progress() {
        return (label, total) -> terminal ? new Bar(label, total) : new Lines(err, label, total);
    }

    /** A redrawn bar on the terminal's stderr. */
    private static final class Bar implements Progress.Task {
        private final ProgressBar bar;

        Bar(String label, long total) {
            this.bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(Math.max(1, total))
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .continuousUpdate().build();
        }

        @Override
        public void update(long done) {
            bar.stepTo(done);
        }

        @Override
        public void done() {
            bar.close();
        }
    }

    /** "label 25%" at each quarter: what pipes, logs and tests see. */
    private static final class Lines implements Progress.Task {
        private final PrintWriter err;
        private final String label;
        private final long total;
        private int lastShown = -1;

        Lines(PrintWriter err, String label, long total) {
            this.err = err;
            this.label = label;
            this.total = Math.max(1, total);
        }

        @Override
        public synchronized void update(long done) {
            int pct = (int) Math.min(100, done * 100 / total);
            if (pct / 25 != lastShown / 25 || lastShown < 0) {
                err.println(label + " " + pct + "%");
                err.flush();
                lastShown = pct;
            }
        }

        @Override
        public void done() {
            err.flush();
        }
    }
}
