package org.inspect.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates picocli's command objects: a command that prints takes the command line's {@link Console} in its
 * constructor; everything else (options, mixins, converters) picocli creates as usual.
 */
final class Commands implements CommandLine.IFactory {

    private final Console console;
    private final CommandLine.IFactory plain = CommandLine.defaultFactory();

    Commands(Console console) {
        this.console = console;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<K> withConsole;
        try {
            withConsole = cls.getDeclaredConstructor(Console.class);
        } catch (NoSuchMethodException e) {
            return plain.create(cls);
        }
        withConsole.setAccessible(true);
        return withConsole.newInstance(console);
    }
}
