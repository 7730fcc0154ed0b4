package org.inspect.cli;

/** Entry point of {@code inspect.jar}. */
// public for the java launcher: the jar's Main-Class
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(InspectCommand.run(args));
    }
}
