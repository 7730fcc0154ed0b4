package org.inspect.cli;

/** Entry point of {@code inspect.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(InspectCommand.run(args));
    }
}
