package org.inspect.cli;

import org.inspect.bench.StepMain;

/** The main class of a bench step's JVM: the bench's step runner, timing this command line. */
// public for the java launcher: BenchCommand starts each bench step's JVM with it as main class
public final class BenchStepMain {

    private BenchStepMain() {
    }

    public static void main(String[] args) throws Exception {
        StepMain.run(args, InspectCommand::run, System.getenv());
    }
}
