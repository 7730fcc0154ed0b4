package org.inspect.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.inspect.context.Policy;
import org.inspect.error.ExitCodes;
import org.inspect.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect serve [--port 8080] [--bind 127.0.0.1]}: the team's web application over the database, until the
 * process is stopped (Ctrl-C). Long work (import, check) stays on the command line.
 */
@Command(name = "serve", resourceBundle = "org.inspect.cli.account", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    private final Console console;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", descriptionKey = "serve.port")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", descriptionKey = "serve.bind")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (Workspace ws = Workspace.open(global);
                WebServer web = new WebServer(ws.database(), ws.settings(), Policy.load(ws.settings()),
                        Clock.systemDefaultZone())) {
            int actual = web.start(bind, port);
            console.println(Messages.get("serve.started", bind, actual));
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
