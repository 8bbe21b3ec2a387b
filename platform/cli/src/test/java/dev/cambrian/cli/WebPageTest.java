package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served page's checks, without plugins or a browser (BrowserIT has both). */
class WebPageTest {
    @TempDir
    static Path plugins;
    static HttpServer server;
    static Context ctx;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        CommonOptions common = new CommonOptions();
        common.plugins = plugins;
        common.timeoutMs = 10_000;
        ctx = new Context(common, new PrintWriter(new StringWriter()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/", new WebPage(ctx, port));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        ctx.close();
    }

    /** status line and body of a raw request, so the Host header is exactly what the test says. */
    private static String[] get(String method, String target, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new String[] {response.lines().findFirst().orElse(""), response.substring(response.indexOf("\r\n\r\n") + 4)};
        }
    }

    /** The response's header block of a raw request from this server's own host. */
    private static String headers(String method, String target) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, response.indexOf("\r\n\r\n") + 2);
        }
    }

    private static String cliError(String... args) {
        StringWriter err = new StringWriter();
        String[] command = new String[args.length + 3];
        command[0] = "report";
        command[1] = "--plugins";
        command[2] = plugins.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        int code = Main.run(command, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        return err.toString().lines().findFirst().orElseThrow();
    }

    @Test
    void badInputIsA400WithTheCommandLinesOwnMessage() throws IOException {
        String[][] cases = {
            {"/api/report?workload=nope", "-w", "nope"},
            {"/api/report?samples=lots", "--samples", "lots"},
            {"/api/report?workload=custom&parameters=-3", "-w", "custom", "--parameters", "-3"},
            {"/api/report?lever=warp-drive", "--lever", "warp-drive"},
        };
        for (String[] c : cases) {
            String[] answer = get("GET", c[0], "127.0.0.1:" + port);
            assertThat(answer[0]).as(c[0]).contains(" 400 ");
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            String cli = cliError(args);
            assertThat(answer[1].strip()).as(c[0]).isNotEmpty().doesNotContain("\n");
            // the same line, less the command line's pointer to --help
            assertThat(cli).as(c[0]).startsWith(answer[1].strip());
        }
    }

    @Test
    void thePageStatesItsOwnSampleRange() throws IOException {
        // samples=0 was told "between 100 and 10,000,000", though the page stops at 100,000
        for (String n : new String[] {"5", "0", "200000"}) {
            String[] answer = get("GET", "/api/report?samples=" + n, "127.0.0.1:" + port);
            assertThat(answer[0]).as(n).contains(" 400 ");
            assertThat(answer[1].strip()).startsWith("error: --samples: the page takes 100 to 100,000, got " + n);
        }
    }

    @Test
    void aValueStartingWithAtReadsNoFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        // picocli's @file expansion read a file of the machine into the reply, or a list of flags into the command
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "secret-token-123\n--scenario\n" + dir.resolve("s.yaml") + "\n");
        String[] answer = get("GET", "/api/report?workload=@" + secret, "127.0.0.1:" + port);
        assertThat(answer[0]).contains(" 400 ");
        assertThat(answer[1]).contains("'@" + secret + "'").doesNotContain("secret-token");
        String[] tokens = get("GET", "/api/report?workload=custom&parameters=1e9&tokens=@" + secret, "127.0.0.1:" + port);
        assertThat(tokens[1]).contains("got '@" + secret + "'");
    }

    @Test
    void aForeignHostIsRefusedWhateverItAsks() throws IOException {
        for (String host : new String[] {"evil.example:" + port, "127.0.0.1.nip.io:" + port, "localhost:1"}) {
            String[] answer = get("GET", "/", host);
            assertThat(answer[0]).as(host).contains(" 403 ");
            assertThat(answer[1]).contains("is not this local server");
        }
        assertThat(get("GET", "/api/report?workload=nope", "localhost:" + port)[0]).contains(" 400 ");
    }

    @Test
    void onlyGetAndOnlyItsTwoPaths() throws IOException {
        assertThat(get("POST", "/api/report", "127.0.0.1:" + port)[0]).contains(" 405 ");
        assertThat(get("DELETE", "/", "127.0.0.1:" + port)[1]).isEqualTo("error: only GET and HEAD are answered\n");
        // HEAD is GET without its body (RFC 9110 §9.3.2): the status and length GET would give
        String[] head = get("HEAD", "/api/report?workload=nope", "127.0.0.1:" + port);
        String[] asGet = get("GET", "/api/report?workload=nope", "127.0.0.1:" + port);
        assertThat(head[0]).contains(" 400 ");
        assertThat(head[1]).isEmpty();
        assertThat(headers("HEAD", "/api/report?workload=nope")).containsIgnoringCase("content-length: "
                + asGet[1].getBytes(StandardCharsets.UTF_8).length + "\r\n");
        assertThat(get("HEAD", "/nothing", "127.0.0.1:" + port)[0]).contains(" 404 ");
        assertThat(get("GET", "/etc/passwd", "127.0.0.1:" + port)[0]).contains(" 404 ");
        // a path whose first segment is empty is not a host and a path: java.net.URI read //api/report as /report
        String[] doubleSlash = get("GET", "//api/report", "127.0.0.1:" + port);
        assertThat(doubleSlash[0]).contains(" 404 ");
        assertThat(doubleSlash[1]).isEqualTo("error: nothing at //api/report\n");
        assertThat(WebPage.path(java.net.URI.create("http://127.0.0.1:8080/api/report?samples=200"))).isEqualTo("/api/report");
        assertThat(WebPage.path(java.net.URI.create("/api/report?samples=200"))).isEqualTo("/api/report");
        assertThat(WebPage.path(java.net.URI.create("/%61pi/report"))).isEqualTo("/api/report");
        assertThat(WebPage.path(java.net.URI.create("//api/report"))).isEqualTo("//api/report");
        String[] scenarioFile = get("GET", "/api/report?scenario=/etc/passwd", "127.0.0.1:" + port);
        assertThat(scenarioFile[0]).contains(" 400 ");
        assertThat(scenarioFile[1]).startsWith("error: --scenario: the page takes a built-in scenario");
        assertThat(get("GET", "/api/report?color=red", "127.0.0.1:" + port)[1]).startsWith("error: unknown field 'color'");
    }

    @Test
    void servingWritesNoFiles() throws IOException {
        try (var before = Files.list(plugins)) {
            long n = before.count();
            get("GET", "/api/report?workload=nope", "127.0.0.1:" + port);
            try (var after = Files.list(plugins)) {
                assertThat(after.count()).isEqualTo(n);
            }
        }
    }

    @Test
    void twoHostLinesAreRefused() throws IOException {
        // the first one won: a local Host first, a foreign one after it, was answered
        String[] answer = get("GET", "/nothing", "127.0.0.1:" + port + "\r\nHost: evil.example");
        assertThat(answer[0]).contains("403");
    }

    @Test
    void aLongErrorIsShortenedForThePage() {
        String line = "x".repeat(100_000);
        org.assertj.core.api.Assertions.assertThat(WebPage.shortened(line)).hasSize(WebPage.LONGEST_ERROR + " (100000 characters)".length() + 3)
                .endsWith("... (100000 characters)");
        org.assertj.core.api.Assertions.assertThat(WebPage.shortened("short")).isEqualTo("short");
    }
}
