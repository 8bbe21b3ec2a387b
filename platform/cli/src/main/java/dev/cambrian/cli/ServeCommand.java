package dev.cambrian.cli;

import com.sun.net.httpserver.HttpServer;
import dev.cambrian.engine.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a local web page (127.0.0.1 only) whose charts follow its controls: workload (preset or"
                + " custom size), scenario, backends, levers and compound members. It writes no files; Ctrl-C stops it.")
class ServeCommand implements Callable<Integer>, OwnOutputOptions {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8321",
            description = "TCP port on 127.0.0.1, or 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    /** The output options serve refuses (the page is its output), kept so their refusal can say where a report goes. */
    private static final java.util.List<String> REFUSED = java.util.List.of("--format", "--output", "--table");

    /** Hidden from help and completion: they were listed as if serve wrote a file in a format. */
    @Override
    public void tailor(CommandSpec model) {
        for (String name : REFUSED) {
            picocli.CommandLine.Model.OptionSpec option = model.findOption(name);
            model.remove(option);
            model.addOption(picocli.CommandLine.Model.OptionSpec.builder(option).hidden(true).build());
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new InputException("--port: must be from 0 to 65535, got " + port);
        }
        for (String option : REFUSED) {
            // the page is the output: these were accepted and did nothing (no file was written for -o)
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new InputException(option + ": serve answers in the browser, so it writes no report; 'cambrian report'"
                        + " writes the page to a file");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Context ctx = new Context(common, spec.commandLine().getErr());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            ctx.close();
            throw new InputException("--port " + port + ": cannot listen on 127.0.0.1 (" + e.getMessage() + ")");
        }
        int bound = server.getAddress().getPort();
        // each connection is read on a thread of its own, as soon as it comes: one that sent half a request line held the
        // server's only thread, and every later request waited behind it. No read time limit: the JDK's runs from
        // the connection's arrival, so it would drop requests queued behind a long computation. WebPage computes one
        // report at a time.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cambrian-serve");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", new WebPage(ctx, bound));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            ctx.close();
            stopped.countDown();
        }, "cambrian-serve-stop"));
        server.start();
        Interruption.settle(); // Ctrl-C is how serve stops: no "interrupted"
        out.println("Serving Cambrian on http://127.0.0.1:" + bound + "/ (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
