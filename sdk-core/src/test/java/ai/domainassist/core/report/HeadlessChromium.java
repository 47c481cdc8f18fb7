package ai.domainassist.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket, through OkHttp): enough to
 * load a page, collect what it logs, run an expression in it and take a screenshot. Test code;
 * one page per instance.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 30;

    private final Process process;
    private final Path profile;
    private final OkHttpClient http;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    /**
     * Finds a Chromium binary: {@code DA_CHROMIUM}, else {@code chromium}, {@code chromium-browser}
     * or {@code google-chrome} on the PATH.
     */
    static Optional<Path> find() {
        String explicit = System.getenv("DA_CHROMIUM");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name));
                }
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path binary) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("da-chromium-profile");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-color-profile=srgb", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<String> browserUrl = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    stderr.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        browserUrl.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                browserUrl.completeExceptionally(e);
            }
            browserUrl.completeExceptionally(new IOException("chromium exited before listening; stderr: " + stderr));
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        http = new OkHttpClient.Builder().readTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
        try {
            String ws = browserUrl.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String base = ws.replaceFirst("^ws://([^/]+)/.*$", "http://$1");
            String pageUrl = pageTarget(base);
            socket = http.newWebSocket(new Request.Builder().url(pageUrl).build(), new Listener());
            send("Page.enable", null);
            send("Runtime.enable", null);
            send("Log.enable", null);
        } catch (Exception e) {
            close();
            throw new IOException("cannot start chromium " + binary + ": " + e, e);
        }
    }

    private String pageTarget(String base) throws IOException {
        try (Response r = http.newCall(new Request.Builder().url(base + "/json/list").build()).execute()) {
            for (JsonNode t : JSON.readTree(r.body().string())) {
                if ("page".equals(t.path("type").asText()) && "about:blank".equals(t.path("url").asText())) {
                    return t.path("webSocketDebuggerUrl").asText();
                }
            }
        }
        throw new IOException("chromium has no about:blank page target");
    }

    private final class Listener extends WebSocketListener {
        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode msg;
            try {
                msg = JSON.readTree(text);
            } catch (IOException e) {
                return;
            }
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) {
                    if (msg.has("error")) {
                        f.completeExceptionally(new IllegalStateException("DevTools error: " + msg.get("error")));
                    } else {
                        f.complete(msg.path("result"));
                    }
                }
            } else {
                events.add(msg);
                if ("Page.loadEventFired".equals(msg.path("method").asText())) {
                    loaded.complete(null);
                }
            }
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            pending.values().forEach(f -> f.completeExceptionally(t));
        }
    }

    /** Sends a command and waits for its result. */
    JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            msg.set("params", params);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        if (!socket.send(msg.toString())) {
            throw new IOException("DevTools socket is closed");
        }
        return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Sets the viewport, loads a URL, waits for its load event; the events before it are dropped. */
    void load(String url, int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
        events.clear();
        loaded = new CompletableFuture<>();
        JsonNode nav = send("Page.navigate", params().put("url", url));
        if (nav.hasNonNull("errorText")) {
            throw new IOException("navigation to " + url + " failed: " + nav.get("errorText").asText());
        }
        loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        // a round trip after the load event: everything logged during the load has arrived by now
        evaluate("1");
    }

    /** Evaluates an expression in the page and returns its value (JSON-serialisable results only). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("page threw: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** What the page logged: console errors and warnings, uncaught exceptions, browser log entries (CSP, network). */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                        out.add("console." + type + ": " + p.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> out.add("exception: " + p.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    String level = p.path("entry").path("level").asText();
                    if (level.equals("error") || level.equals("warning")) {
                        out.add("log." + level + " [" + p.path("entry").path("source").asText() + "]: "
                                + p.path("entry").path("text").asText());
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** All events since the last load, for diagnostics. */
    List<JsonNode> events() {
        return List.copyOf(events);
    }

    /** Takes a screenshot of the viewport. */
    BufferedImage screenshot(Path saveAs) throws Exception {
        JsonNode shot = send("Page.captureScreenshot", params().put("format", "png"));
        byte[] png = Base64.getDecoder().decode(shot.path("data").asText());
        if (saveAs != null) {
            Files.createDirectories(saveAs.getParent());
            Files.write(saveAs, png);
        }
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close(1000, "done");
            }
        } catch (RuntimeException ignored) {
            // closing anyway
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
