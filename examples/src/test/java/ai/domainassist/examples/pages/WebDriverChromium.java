package ai.domainassist.examples.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Headless Chromium driven through W3C WebDriver: Debian's {@code chromedriver} started on a free
 * local port, spoken to over HTTP with OkHttp (no Selenium). Enough to open a page at a viewport
 * width, run a script in it, read the browser's console log and take a full-page screenshot
 * (through chromedriver's DevTools pass-through). Test code; one browser per instance.
 */
final class WebDriverChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    /** The flags the issue asks for: nothing leaves the machine, nothing is remembered. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--force-color-profile=srgb");

    private final Process driver;
    private final Path profile;
    private final OkHttpClient http;
    private final String base;
    private String session;

    /** The browser and driver binaries, when both are installed. */
    record Binaries(Path chromium, Path chromedriver) {
    }

    /**
     * Finds Chromium ({@code DA_CHROMIUM}, else {@code chromium}/{@code chromium-browser}/{@code google-chrome}
     * on the PATH) and chromedriver ({@code DA_CHROMEDRIVER}, else {@code chromedriver} on the PATH).
     */
    static Optional<Binaries> find() {
        Optional<Path> browser = fromEnv("DA_CHROMIUM").or(() -> onPath("chromium", "chromium-browser", "google-chrome"));
        Optional<Path> driver = fromEnv("DA_CHROMEDRIVER").or(() -> onPath("chromedriver"));
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new Binaries(browser.get(), driver.get())) : Optional.empty();
    }

    private static Optional<Path> fromEnv(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v)).filter(Files::isExecutable);
    }

    private static Optional<Path> onPath(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts chromedriver and a browser session.
     *
     * @param bin the binaries
     * @param env extra environment for the driver and the browser it starts ({@code FONTCONFIG_FILE}), or empty
     */
    WebDriverChromium(Binaries bin, Map<String, String> env) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        profile = Files.createTempDirectory("da-webdriver-profile");
        ProcessBuilder pb = new ProcessBuilder(bin.chromedriver().toString(), "--port=" + port).redirectErrorStream(true);
        pb.environment().putAll(env);
        driver = pb.start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.contains("started successfully")) {
                        started.complete(null);
                    }
                }
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
            started.completeExceptionally(new IOException("chromedriver exited before it was ready"));
        }, "chromedriver-output");
        drain.setDaemon(true);
        drain.start();
        http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
        base = "http://127.0.0.1:" + port;
        try {
            started.get(30, TimeUnit.SECONDS);
            ObjectNode options = JSON.createObjectNode().put("binary", bin.chromium().toString());
            ArrayNode args = options.putArray("args");
            FLAGS.forEach(args::add);
            args.add("--user-data-dir=" + profile);
            ObjectNode caps = JSON.createObjectNode();
            ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
            always.put("browserName", "chrome");
            always.set("goog:chromeOptions", options);
            always.putObject("goog:loggingPrefs").put("browser", "ALL");
            session = call("POST", "/session", caps).path("sessionId").asText();
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            close();
            throw new IOException("cannot start a WebDriver session with " + bin + ": " + e.getMessage(), e);
        }
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException {
        Request.Builder rb = new Request.Builder().url(base + path);
        RequestBody rbody = body == null ? null : RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE);
        rb.method(method, method.equals("POST") && rbody == null ? RequestBody.create("{}", JSON_TYPE) : rbody);
        try (Response r = http.newCall(rb.build()).execute()) {
            JsonNode reply = JSON.readTree(r.body().string());
            if (!r.isSuccessful()) {
                throw new IOException("WebDriver " + method + " " + path + " failed: " + r.code() + " " + reply.path("value"));
            }
            return reply.path("value");
        }
    }

    private String s(String path) {
        return "/session/" + session + path;
    }

    /** Runs a DevTools command through chromedriver. */
    JsonNode cdp(String cmd, ObjectNode params) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("cmd", cmd);
        body.set("params", params == null ? JSON.createObjectNode() : params);
        return call("POST", s("/goog/cdp/execute"), body);
    }

    /** Sets the viewport (CSS pixels, device scale 1), opens a URL, waits for it to load; the log is emptied first. */
    void open(String url, int width, int height) throws IOException {
        cdp("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
        consoleLog();
        call("POST", s("/url"), JSON.createObjectNode().put("url", url));
    }

    /** Runs a script (a function body: {@code return ...}) in the page and returns its value. */
    JsonNode execute(String script, Object... args) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        ArrayNode a = body.putArray("args");
        for (Object arg : args) {
            a.addPOJO(arg);
        }
        return call("POST", s("/execute/sync"), body);
    }

    /** The browser's console and log entries since the last call (level, source, message). */
    List<String> consoleLog() throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode e : call("POST", s("/se/log"), JSON.createObjectNode().put("type", "browser"))) {
            out.add(e.path("level").asText() + " [" + e.path("source").asText() + "] " + e.path("message").asText());
        }
        return out;
    }

    /** Writes a screenshot of the whole page (beyond the viewport) as PNG. */
    void fullScreenshot(Path file) throws IOException {
        JsonNode size = cdp("Page.getLayoutMetrics", null).path("cssContentSize");
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", size.path("width").asDouble())
                .put("height", size.path("height").asDouble()).put("scale", 1);
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        byte[] png = Base64.getDecoder().decode(cdp("Page.captureScreenshot", params).path("data").asText());
        Files.createDirectories(file.getParent());
        Files.write(file, png);
    }

    @Override
    public void close() {
        try {
            if (session != null) {
                call("DELETE", s(""), null);
            }
        } catch (IOException | RuntimeException ignored) {
            // the driver is stopped below anyway
        }
        List<ProcessHandle> children = driver.descendants().toList();
        driver.destroy();
        try {
            driver.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        driver.destroyForcibly();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
