package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve answers while a client stalls, and keeps the page's runs to a size that answers in seconds. */
class ServeIT {
    @TempDir
    Path work;

    @Test
    void aStalledClientHoldsOnlyItsOwnConnection() throws Exception {
        Installed cambrian = Installed.shared();
        ProcessBuilder pb = new ProcessBuilder(cambrian.home.resolve("bin/cambrian").toString(), "serve", "--port", "0")
                .directory(work.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("CAMBRIAN_PLUGINS");
        pb.environment().put("CAMBRIAN_CDS", "0");
        Process server = pb.start();
        try (Socket stalled = new Socket()) {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(out.readLine()));
            assertThat(m.find()).isTrue();
            int port = Integer.parseInt(m.group(1));
            // half a request line, never finished: it held the server's only thread, and every request after it waited
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", port));
            OutputStream half = stalled.getOutputStream();
            half.write("GET / HT".getBytes(StandardCharsets.US_ASCII));
            half.flush();
            Thread.sleep(500);
            assertThat(get(port, "/api/report?backend=gpu-h100&samples=100")).startsWith("200 {\"schema\":\"cambrian.report/v1\"");
            // 10,000,000 samples held the server for two minutes and 5 GB
            assertThat(get(port, "/api/report?samples=1000000")).isEqualTo("400 error: --samples: the page takes 100 to 100,000,"
                    + " got 1000000 (cambrian report takes up to 10,000,000)\n");
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String get(int port, String path) throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(30_000);
        int status = c.getResponseCode();
        var body = status < 400 ? c.getInputStream() : c.getErrorStream();
        return status + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }
}
