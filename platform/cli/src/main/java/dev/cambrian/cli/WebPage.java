package dev.cambrian.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cambrian.cli.chart.Page;
import dev.cambrian.cli.chart.ScriptJson;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.lever.Lever;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.host.LoadedBackend;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * What {@code cambrian serve} answers: the page at {@code /} and its recompute endpoint
 * {@code /api/report}, whose query is turned into the report command's own flags so it is checked
 * exactly as the command line is, and a bad one answered with 400 and the same one-line message.
 */
final class WebPage implements HttpHandler {
    /** The query's fields and the flags they stand for. */
    static final Map<String, String> FLAGS = Map.of("workload", "-w", "parameters", "--parameters", "tokens", "--tokens",
            "scenario", "--scenario", "backend", "-b", "lever", "--lever", "compose", "--compose", "samples", "--samples");
    /** Fewer samples than the report's default: the page redraws while the user waits. */
    static final String DEFAULT_SAMPLES = "500";

    private final Context ctx;
    private final Set<String> hosts;

    WebPage(Context ctx, int port) {
        this.ctx = ctx;
        // on port 80 clients leave the port out of Host (RFC 9110 §7.2: the default port may be omitted): every request was 403
        this.hosts = port == 80 ? Set.of("127.0.0.1:80", "localhost:80", "[::1]:80", "127.0.0.1", "localhost", "[::1]")
                : Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (InputException | CommandLine.ParameterException e) {
            send(exchange, 400, "text/plain", "error: " + shortened(UsageErrors.oneLine(e.getMessage())) + "\n");
        } catch (NothingValidException | NoUsableBackendException e) {
            send(exchange, 422, "text/plain", "error: " + e.getMessage() + "\n");
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", "error: internal error: " + e + "\n");
        } finally {
            exchange.close();
        }
    }

    /** Longest error line the page shows: a 100 kB query came back whole in the error, and onto the page. */
    static final int LONGEST_ERROR = 500;

    static String shortened(String line) {
        return line.length() <= LONGEST_ERROR ? line : line.substring(0, LONGEST_ERROR) + "... (" + line.length() + " characters)";
    }

    private void answer(HttpExchange exchange) throws IOException {
        List<String> named = exchange.getRequestHeaders().get("Host");
        String host = named == null || named.size() != 1 ? null : named.get(0); // two Host lines: the first one won
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            // a page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) must not reach this server
            send(exchange, 403, "text/plain", "error: Host '" + host + "' is not this local server\n");
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            // HTTP requires HEAD wherever GET is answered (RFC 9110 §9.1): it is GET with the body left out (send)
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain", "error: only GET and HEAD are answered\n");
            return;
        }
        String path = path(exchange.getRequestURI());
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
        switch (path) {
            case "/" -> {
                Map<String, Object> data = compute(Map.of("samples", List.of(DEFAULT_SAMPLES)));
                send(exchange, 200, "text/html; charset=utf-8", Page.served("Cambrian", data, controls()));
            }
            case "/api/report" -> send(exchange, 200, "application/json", ScriptJson.of(compute(query)));
            default -> send(exchange, 404, "text/plain", "error: nothing at " + path + "\n");
        }
    }

    /**
     * The request's path. A target that starts with "//" is a path whose first segment is empty (RFC 9112 §3.2.1), but
     * java.net.URI reads it as a host: //api/report was answered as /report. Only an absolute-form target
     * (http://host/path) has a host.
     */
    static String path(java.net.URI target) {
        if (target.getScheme() != null) {
            return target.getPath();
        }
        String raw = target.toString();
        int query = raw.indexOf('?');
        // decoded as an absolute-form target's path is (/%61pi/report is /api/report either way)
        return java.net.URI.create("http://localhost" + (query < 0 ? raw : raw.substring(0, query))).getPath();
    }

    /**
     * Most samples a page asks for: 10,000,000 (the command line's limit) held the server for two minutes and 5 GB while
     * the page showed stale charts; a run this size answers in seconds.
     */
    static final int MOST_PAGE_SAMPLES = 100_000;

    /**
     * The report's data for a query, through the report command's own parsing and checks. One at a time: the plugins'
     * guard is shared; requests are read on their own threads, so only the computing waits.
     */
    synchronized Map<String, Object> compute(Map<String, List<String>> query) {
        List<String> args = new ArrayList<>();
        query.forEach((field, values) -> {
            String flag = FLAGS.get(field);
            if (flag == null) {
                throw new InputException("unknown field '" + field + "'; accepted: " + String.join(", ", FLAGS.keySet()));
            }
            if (field.equals("scenario") && !values.isEmpty() && !BuiltInScenarios.names().contains(values.get(0))) {
                // the page reads no files of the machine it runs on
                throw new InputException("--scenario: the page takes a built-in scenario ("
                        + String.join(", ", BuiltInScenarios.names()) + "), got '" + values.get(0) + "'");
            }
            for (String v : values) {
                args.add(flag);
                args.add(v);
            }
        });
        if (!query.containsKey("samples")) {
            args.add("--samples");
            args.add(DEFAULT_SAMPLES);
        }
        ReportCommand command = new ReportCommand();
        // no @file expansion: workload=@/etc/passwd read a file of this machine into the reply, and an @file of flags
        // ran the page under a scenario file it must not read
        new CommandLine(command).setExpandAtFiles(false).parseArgs(args.toArray(String[]::new));
        long samples = command.report.sampling.samples;
        if (samples < dev.cambrian.engine.uncertainty.Options.MIN_SAMPLES || samples > MOST_PAGE_SAMPLES) {
            throw new InputException("--samples: the page takes " + String.format(java.util.Locale.ROOT, "%,d to %,d",
                    dev.cambrian.engine.uncertainty.Options.MIN_SAMPLES, MOST_PAGE_SAMPLES) + ", got " + samples
                    + String.format(java.util.Locale.ROOT, " (cambrian report takes up to %,d)",
                            dev.cambrian.engine.uncertainty.Options.MAX_SAMPLES));
        }
        ComputeCommand.Inputs in = command.inputs();
        ctx.checkScenario(in.scenario());
        Analysis a;
        try {
            a = Analysis.run(ctx, in.scenario(), in.workload(), command.report, command.sampling);
        } finally {
            ctx.takeUnanswered(); // the page's notes say them; kept, they piled up over the server's life
        }
        return ReportView.data(a, ReportCharts.of(a));
    }

    private Map<String, List<Page.Choice>> controls() {
        Map<String, List<Page.Choice>> c = new LinkedHashMap<>();
        List<Page.Choice> workloads = new ArrayList<>();
        for (String id : WorkloadCatalog.ids()) {
            workloads.add(new Page.Choice(id, id, id.equals(WorkloadCatalog.DEFAULT_ID)));
        }
        workloads.add(new Page.Choice(WorkloadCatalog.CUSTOM_ID, "custom (give parameters and tokens)", false));
        c.put("workload", workloads);
        c.put("scenario", BuiltInScenarios.names().stream()
                .map(n -> new Page.Choice(n, n, n.equals(BuiltInScenarios.DEFAULT))).toList());
        c.put("backend", ctx.plugins.backends().stream().map(LoadedBackend::id)
                .map(id -> new Page.Choice(id, id, false)).toList());
        c.put("lever", java.util.Arrays.stream(Lever.values()).filter(l -> l.defaultSetting().isPresent())
                .map(l -> new Page.Choice(l.id(), l.id(), false)).toList());
        return c;
    }

    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // the length GET would send, and no body: given a length, the JDK's server logs a warning and sends 0
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
