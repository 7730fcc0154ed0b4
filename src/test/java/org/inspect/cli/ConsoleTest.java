package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.inspect.progress.Progress;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), false);

    @Test
    void progressOffATerminalIsALinePerQuarterOnStderr() {
        Progress.Task task = console.progress().start("cases.csv", 100);
        for (long done : new long[] {0, 10, 30, 40, 60, 80, 99, 100}) {
            task.update(done);
        }
        task.done();
        assertEquals(String.join(System.lineSeparator(), "cases.csv 0%", "cases.csv 30%", "cases.csv 60%",
                "cases.csv 80%", "cases.csv 100%", ""), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void heldLinesWaitUntilPrintedAndKeepTheirStreams() {
        Console.Held held = console.holding(() -> {
            console.println("result");
            console.info("note");
        });
        assertEquals("", out.toString() + err.toString());
        held.print();
        assertEquals("result" + System.lineSeparator(), out.toString());
        assertEquals("note" + System.lineSeparator(), err.toString());
    }

    @Test
    void twoConsolesDoNotShareOutput() {
        StringWriter other = new StringWriter();
        Console second = new Console(new PrintWriter(other, true), new PrintWriter(new StringWriter(), true), false);
        console.holding(() -> second.println("second's line"));
        assertEquals("second's line" + System.lineSeparator(), other.toString());
        assertEquals("", out.toString());
    }
}
