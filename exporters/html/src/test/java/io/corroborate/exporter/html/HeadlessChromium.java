package io.corroborate.exporter.html;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Test helper: a headless Chromium driven over the DevTools protocol (one WebSocket to the browser,
 * one page attached as a flat session). It records everything the page reports — console messages,
 * uncaught exceptions, browser log entries (where Chromium reports CSP violations), DevTools issues
 * (ContentSecurityPolicyIssue) and JavaScript dialogs, which it dismisses — so a test can assert
 * there were none.
 *
 * <p>Each instance owns its Chromium process and a fresh profile folder; {@link #close} ends the
 * process (and its children) and deletes the folder. Not thread-safe: one test drives one instance.
 * Finding the browser: the {@code CHROMIUM} environment variable or {@code chromium} system property,
 * then the usual Debian/Ubuntu paths, then {@code PATH}.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** What the page or the browser reported: origin (console, exception, log:&lt;source&gt;, issue:&lt;code&gt;, csp), level and text. */
    public record Message(String origin, String level, String text) {
        public boolean isError() {
            return level.equals("error");
        }
    }

    /** A rectangle in CSS pixels of the whole page (the screenshot's coordinates). */
    public record Box(double x, double y, double width, double height) {
    }

    public static final int VIEWPORT_WIDTH = 1280;
    public static final int VIEWPORT_HEIGHT = 900;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium");
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    // reported from inside the page as a second witness next to the browser's own log
    private static final String CSP_LISTENER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));";

    private final Process process;
    private final Path home;
    private final ObjectMapper json;
    // set once while starting: the socket needs this instance as its listener, the page session needs the socket
    private volatile WebSocket socket;
    private volatile String session;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();
    private final ExecutorService replies = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chromium-dialog-replies");
        t.setDaemon(true);
        return t;
    });
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, Path home, ObjectMapper json) {
        this.process = process;
        this.home = home;
        this.json = json;
    }

    /** The Chromium executable, if one can be found. */
    public static Optional<Path> find() {
        for (String configured : new String[] {System.getenv("CHROMIUM"), System.getProperty("chromium")}) {
            if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
                return Optional.of(Path.of(configured));
            }
        }
        for (String c : CANDIDATES) {
            if (Files.isExecutable(Path.of(c))) {
                return Optional.of(Path.of(c));
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                for (String name : NAMES) {
                    Path p = Path.of(dir, name);
                    if (!dir.isBlank() && Files.isExecutable(p)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Starts Chromium, or skips the calling test (JUnit assumption) with a clear message when there is none. */
    public static HeadlessChromium startOrSkip() throws IOException {
        Optional<Path> exe = find();
        Assumptions.assumeTrue(exe.isPresent(), "Chromium not found (install Debian's 'chromium' package, or set CHROMIUM to its path): browser test skipped");
        return start(exe.get());
    }

    /** Starts {@code executable} headless with a fresh profile and attaches to a blank page. */
    public static HeadlessChromium start(Path executable) throws IOException {
        Objects.requireNonNull(executable, "executable is null");
        Path home = Files.createTempDirectory("corroborate-chromium-");
        Path profile = home.resolve("profile");
        Path log = home.resolve("chromium.log");
        Files.createDirectories(profile);
        List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--mute-audio", "--force-device-scale-factor=1",
                "--window-size=" + VIEWPORT_WIDTH + "," + VIEWPORT_HEIGHT, "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI endpoint = endpoint(process, profile, log);
            ObjectMapper json = new ObjectMapper();
            // a full-page screenshot arrives as one long base64 string
            json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(512 * 1024 * 1024).build());
            HeadlessChromium page = new HeadlessChromium(process, home, json);
            page.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(endpoint, new Listener(page)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode target = page.send("Target.createTarget", page.params().put("url", "about:blank"));
            JsonNode attached = page.send("Target.attachToTarget", page.params().put("targetId", target.path("targetId").asText()).put("flatten", true));
            page.session = attached.path("sessionId").asText();
            page.send("Page.enable", page.params());
            page.send("Runtime.enable", page.params());
            page.send("Log.enable", page.params());
            page.send("Audits.enable", page.params());
            page.send("Page.addScriptToEvaluateOnNewDocument", page.params().put("source", CSP_LISTENER));
            page.send("Emulation.setDeviceMetricsOverride", page.params().put("width", VIEWPORT_WIDTH).put("height", VIEWPORT_HEIGHT)
                    .put("deviceScaleFactor", 1).put("mobile", false));
            return page;
        } catch (IOException | RuntimeException e) {
            stop(process, home);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process, home);
            throw new IOException("interrupted while starting Chromium", e);
        } catch (ExecutionException | TimeoutException e) {
            stop(process, home);
            throw new IOException("cannot connect to Chromium's DevTools endpoint: " + e, e);
        }
    }

    /** Reads the port and browser path Chromium writes to DevToolsActivePort once it listens. */
    private static URI endpoint(Process process, Path profile, Path log) throws IOException, InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with " + process.exitValue() + " before listening: " + tail(log));
            }
            Thread.sleep(50);
        }
        throw new IOException("Chromium did not write " + portFile + " within " + TIMEOUT.toSeconds() + " s: " + tail(log));
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log);
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Opens {@code file} from disk, waits for its load event and lets pending events arrive. */
    public void load(Path file) throws IOException {
        String url = file.toAbsolutePath().toUri().toString();
        loaded = new CompletableFuture<>();
        JsonNode nav = send("Page.navigate", params().put("url", url));
        if (nav.hasNonNull("errorText")) {
            throw new IOException("Chromium could not open " + file + ": " + nav.get("errorText").asText());
        }
        try {
            loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            // a late load event of the previous document must not count: wait until this one is complete
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!evaluate("document.readyState === 'complete' && location.href === " + json.valueToTree(url)).asBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IOException(file + " did not finish loading within " + TIMEOUT.toSeconds() + " s");
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading " + file, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no load event for " + file + " within " + TIMEOUT.toSeconds() + " s", e);
        }
        // two frames and a timer: violation events and console messages are delivered asynchronously
        evaluatePromise("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))))");
        JsonNode violations = evaluate("window.__cspViolations || []");
        synchronized (messages) {
            violations.forEach(v -> messages.add(new Message("csp", "error", v.asText())));
        }
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    public JsonNode evaluate(String expression) throws IOException {
        return value(send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)), expression);
    }

    /** Evaluates an expression that gives a promise, waiting for it to settle. */
    public JsonNode evaluatePromise(String expression) throws IOException {
        return value(send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true).put("awaitPromise", true)), expression);
    }

    private static JsonNode value(JsonNode r, String expression) throws IOException {
        if (r.has("exceptionDetails")) {
            throw new IOException("'" + expression + "' threw: " + r.get("exceptionDetails").path("exception").path("description").asText(r.get("exceptionDetails").toString()));
        }
        return r.path("result").path("value");
    }

    /** The bounding box of the first element matching {@code selector}, in page coordinates, or empty. */
    public Optional<Box> box(String selector) throws IOException {
        JsonNode b = evaluate("(() => { const e = document.querySelector(" + json.valueToTree(selector) + "); if (!e) return null;"
                + " const r = e.getBoundingClientRect(); return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height}; })()");
        if (b.isNull() || b.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new Box(b.get("x").asDouble(), b.get("y").asDouble(), b.get("w").asDouble(), b.get("h").asDouble()));
    }

    /** Writes a PNG of the whole page (not just the viewport) to {@code png}. */
    public void screenshot(Path png) throws IOException {
        JsonNode metrics = send("Page.getLayoutMetrics", params());
        JsonNode size = metrics.has("cssContentSize") ? metrics.get("cssContentSize") : metrics.get("contentSize");
        ObjectNode clip = json.createObjectNode().put("x", 0).put("y", 0).put("width", Math.ceil(size.get("width").asDouble()))
                .put("height", Math.ceil(size.get("height").asDouble())).put("scale", 1);
        JsonNode shot = send("Page.captureScreenshot", params().put("format", "png").put("captureBeyondViewport", true).set("clip", clip));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    /** Everything reported since start, in arrival order. */
    public List<Message> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The reported errors: console errors, uncaught exceptions, error log entries, CSP violations. */
    public List<Message> errors() {
        return messages().stream().filter(Message::isError).toList();
    }

    /** The text of each JavaScript dialog (alert, confirm, prompt) the page opened. */
    public List<String> dialogs() {
        synchronized (dialogs) {
            return List.copyOf(dialogs);
        }
    }

    @Override
    public void close() {
        try {
            send(null, "Browser.close", json.createObjectNode(), Duration.ofSeconds(5));
        } catch (IOException | RuntimeException e) {
            // the browser may already be gone; stop() below makes sure
        }
        if (socket != null) {
            socket.abort();
        }
        replies.shutdownNow();
        stop(process, home);
    }

    private static void stop(Process process, Path home) {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteTree(home);
    }

    private static void deleteTree(Path root) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (IOException e) {
                // a helper process may still be writing its last file; try again
            }
        }
    }

    private ObjectNode params() {
        return json.createObjectNode();
    }

    private JsonNode send(String method, ObjectNode params) throws IOException {
        return send(session, method, params, TIMEOUT);
    }

    private JsonNode send(String sessionId, String method, ObjectNode params, Duration timeout) throws IOException {
        long id = ids.incrementAndGet();
        ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        if (sessionId != null) {
            msg.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            synchronized (socket) {
                socket.sendText(json.writeValueAsString(msg), true).get(timeout.toSeconds(), TimeUnit.SECONDS);
            }
            JsonNode r = reply.get(timeout.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IOException(method + " failed: " + r.get("error"));
            }
            return r.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer within " + timeout.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Handles a message from the browser: a reply to a command, or an event of our page. */
    private void dispatch(JsonNode m) {
        if (m.has("id")) {
            CompletableFuture<JsonNode> reply = pending.get(m.get("id").asLong());
            if (reply != null) {
                reply.complete(m);
            }
            return;
        }
        if (session == null || !session.equals(m.path("sessionId").asText())) {
            return;
        }
        JsonNode p = m.path("params");
        switch (m.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.consoleAPICalled" -> {
                String type = p.path("type").asText();
                String level = type.equals("error") || type.equals("assert") ? "error" : type.equals("warning") ? "warning" : "info";
                List<String> parts = new ArrayList<>();
                p.path("args").forEach(a -> parts.add(a.has("value") ? a.get("value").asText() : a.path("description").asText(a.path("type").asText())));
                record("console", level, String.join(" ", parts));
            }
            case "Runtime.exceptionThrown" -> {
                JsonNode d = p.path("exceptionDetails");
                record("exception", "error", d.path("exception").path("description").asText(d.path("text").asText()));
            }
            case "Log.entryAdded" -> {
                JsonNode e = p.path("entry");
                record("log:" + e.path("source").asText(), e.path("level").asText(), e.path("text").asText());
            }
            case "Audits.issueAdded" -> {
                JsonNode issue = p.path("issue");
                String code = issue.path("code").asText();
                boolean csp = code.equals("ContentSecurityPolicyIssue");
                record("issue:" + code, csp ? "error" : "warning", issue.path("details").toString());
            }
            case "Page.javascriptDialogOpening" -> {
                synchronized (dialogs) {
                    dialogs.add(p.path("type").asText() + ": " + p.path("message").asText());
                }
                // answered off the socket's thread: the reply to this command arrives through the same listener
                replies.execute(() -> {
                    try {
                        send("Page.handleJavaScriptDialog", params().put("accept", false));
                    } catch (IOException e) {
                        record("driver", "error", "could not dismiss a dialog: " + e.getMessage());
                    }
                });
            }
            default -> {
            }
        }
    }

    private void record(String origin, String level, String text) {
        synchronized (messages) {
            messages.add(new Message(origin, level, text));
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final HeadlessChromium owner;
        private final StringBuilder frame = new StringBuilder();

        Listener(HeadlessChromium owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                String text = frame.toString();
                frame.setLength(0);
                try {
                    owner.dispatch(owner.json.readTree(text));
                } catch (IOException e) {
                    owner.record("driver", "error", "unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            owner.record("driver", "error", "DevTools connection failed: " + error);
            owner.pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
