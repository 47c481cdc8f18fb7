package ai.domainassist.benchmarks.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal OpenAI-compatible HTTP/1.1 server for benchmarks, on 127.0.0.1 only. It answers
 * {@code POST .../chat/completions} (a 1 KiB answer; a streamed answer of a configurable number of
 * chunks when the body asks for {@code "stream":true}; the structured-output JSON when the prompt
 * carries {@link Payloads#STRUCTURED_MARKER}) and {@code POST .../embeddings} (floats, or base64
 * when asked), from bodies prepared at start-up: per request it only reads the request and writes
 * prepared bytes. Keep-alive, {@code Content-Length} and chunked request bodies,
 * {@code Expect: 100-continue}. {@code GET /stats} reports connections and requests received (itself included).
 *
 * <p>One blocking thread per connection (clients keep their connections alive, so there are as
 * many threads as concurrent callers). Run it in its own JVM ({@link #main}, see
 * {@link ServerProcess}) so that its work is not counted as the client's.
 *
 * <p>Thread-safe; {@link #close()} stops accepting and closes every connection.
 */
public final class BenchServer implements Closeable {
    /** Printed on standard output, followed by the port, once the server accepts connections. */
    public static final String READY = "LISTENING ";

    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket socket;
    private final Responses responses;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean closed;

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param port the port, 0 for any free one
     * @param streamChunks content chunks in a streamed answer
     * @param flushEvery stream events per socket write (1: each event is written on its own)
     * @param embeddingDimensions length of the embedding vector
     * @throws IOException if the port cannot be bound
     */
    public BenchServer(int port, int streamChunks, int flushEvery, int embeddingDimensions) throws IOException {
        if (streamChunks <= 0 || flushEvery <= 0 || embeddingDimensions <= 0) {
            throw new IllegalArgumentException("chunks, flush-every and dimensions must be positive");
        }
        this.responses = new Responses(streamChunks, flushEvery, embeddingDimensions);
        this.socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        Thread acceptor = new Thread(this::acceptLoop, "bench-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the bound port */
    public int port() {
        return socket.getLocalPort();
    }

    /** @return the base URL of the OpenAI-compatible API, {@code http://127.0.0.1:PORT/v1} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** @return connections accepted so far */
    public long connections() {
        return connections.get();
    }

    /** @return requests answered so far */
    public long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                s.setTcpNoDelay(true);
                connections.incrementAndGet();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "bench-server-conn-" + connections.get());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("bench server: accept failed: " + e);
                }
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            new Exchange(s.getInputStream(), s.getOutputStream()).run();
        } catch (SocketException e) {
            // the client closed its connection
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                System.err.println("bench server: connection failed: " + e);
            }
        } finally {
            open.remove(s);
        }
    }

    /** Reads requests off one connection and answers them, until the client closes it. */
    private final class Exchange {
        private final InputStream in;
        private final OutputStream out;
        private byte[] buf = new byte[16 * 1024];
        private int start;
        private int end;

        Exchange(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        void run() throws IOException {
            while (true) {
                int headEnd = findHeadEnd();
                if (headEnd < 0) {
                    return;
                }
                String head = new String(buf, start, headEnd - start, StandardCharsets.ISO_8859_1);
                start = headEnd + 4;
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                if (requestLine.length < 3) {
                    return;
                }
                String method = requestLine[0];
                String path = requestLine[1];
                int q = path.indexOf('?');
                if (q >= 0) {
                    path = path.substring(0, q);
                }
                long contentLength = 0;
                boolean chunked = false;
                boolean close = requestLine[2].equals("HTTP/1.0");
                for (int i = 1; i < lines.length; i++) {
                    String line = lines[i];
                    int colon = line.indexOf(':');
                    if (colon < 0) {
                        continue;
                    }
                    String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                    switch (name) {
                        case "content-length" -> contentLength = Long.parseLong(value);
                        case "transfer-encoding" -> chunked = value.contains("chunked");
                        case "connection" -> close = value.contains("close") || close && !value.contains("keep-alive");
                        case "expect" -> {
                            if (value.contains("100-continue")) {
                                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                                out.flush();
                            }
                        }
                        default -> { }
                    }
                }
                byte[] body = chunked ? readChunkedBody() : readBody(contentLength);
                requests.incrementAndGet(); // before answering, so a client that got its answer sees it counted
                respond(method, path, body);
                if (close) {
                    return;
                }
            }
        }

        private void respond(String method, String path, byte[] body) throws IOException {
            if (method.equals("POST") && path.endsWith("/chat/completions")) {
                if (contains(body, Payloads.STRUCTURED_MARKER.getBytes(StandardCharsets.UTF_8))) {
                    write(responses.structured);
                } else if (hasMember(body, "stream", "true")) {
                    for (byte[] w : responses.streamWrites) {
                        out.write(w);
                    }
                } else {
                    write(responses.chat);
                }
            } else if (method.equals("POST") && path.endsWith("/embeddings")) {
                boolean base64 = hasMember(body, "encoding_format", "\"base64\"");
                write(base64 ? responses.embeddingBase64 : responses.embeddingFloats);
            } else if (method.equals("GET") && path.equals("/stats")) {
                byte[] stats = ("{\"connections\":" + connections.get() + ",\"requests\":" + requests.get() + "}")
                        .getBytes(StandardCharsets.US_ASCII);
                write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + stats.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                write(stats);
            } else {
                write(responses.notFound);
            }
        }

        private void write(byte[] bytes) throws IOException {
            out.write(bytes);
        }

        /** @return the index of the CRLFCRLF ending the next request head, reading more as needed; -1 at EOF */
        private int findHeadEnd() throws IOException {
            int checked = 0; // bytes after start already scanned (fill() moves start, not this offset)
            while (true) {
                for (int i = start + checked; i + 3 < end; i++) {
                    if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
                        return i;
                    }
                }
                checked = Math.max(0, end - start - 3);
                if (end - start > MAX_HEAD) {
                    throw new IOException("request head too large");
                }
                if (!fill()) {
                    return -1;
                }
            }
        }

        /** Reads more bytes, compacting or growing the buffer; false at end of stream. */
        private boolean fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                return false;
            }
            end += n;
            return true;
        }

        private byte[] readBody(long length) throws IOException {
            if (length > Integer.MAX_VALUE - 16) {
                throw new IOException("request body too large");
            }
            int n = (int) length;
            while (end - start < n) {
                if (!fill()) {
                    throw new IOException("connection closed inside a request body");
                }
            }
            byte[] body = Arrays.copyOfRange(buf, start, start + n);
            start += n;
            return body;
        }

        private byte[] readChunkedBody() throws IOException {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine();
                int semi = sizeLine.indexOf(';');
                int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
                if (size == 0) {
                    while (!readLine().isEmpty()) {
                        // trailers
                    }
                    return body.toByteArray();
                }
                body.writeBytes(readBody(size));
                readLine();
            }
        }

        private String readLine() throws IOException {
            while (true) {
                for (int i = start; i + 1 < end; i++) {
                    if (buf[i] == '\r' && buf[i + 1] == '\n') {
                        String line = new String(buf, start, i - start, StandardCharsets.ISO_8859_1);
                        start = i + 2;
                        return line;
                    }
                }
                if (!fill()) {
                    throw new IOException("connection closed inside a chunked body");
                }
            }
        }
    }

    /**
     * Whether a JSON body has a member {@code "name"} whose value starts with {@code value}, with
     * any whitespace around the colon (clients differ: compact, or pretty-printed like LangChain4j).
     * A scan, not a parse: enough for the prepared requests the benchmarks send.
     */
    static boolean hasMember(byte[] body, String name, String value) {
        byte[] key = ("\"" + name + "\"").getBytes(StandardCharsets.UTF_8);
        byte[] expected = value.getBytes(StandardCharsets.UTF_8);
        for (int at = indexOf(body, key, 0); at >= 0; at = indexOf(body, key, at + 1)) {
            int i = skipSpace(body, at + key.length);
            if (i < body.length && body[i] == ':') {
                i = skipSpace(body, i + 1);
                if (startsWith(body, i, expected)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (b[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i + needle.length <= haystack.length; i++) {
            if (startsWith(haystack, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0) >= 0;
    }

    /**
     * Runs the server until standard input closes (its parent ended it or died).
     * Options: {@code --port N} (0), {@code --stream-chunks N} (500), {@code --flush-every N} (1),
     * {@code --embedding-dimensions N} (1536). Prints {@link #READY} and the port when ready.
     *
     * @param args the options
     * @throws IOException if the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        int port = 0;
        int chunks = 500;
        int flushEvery = 1;
        int dimensions = 1536;
        for (int i = 0; i + 1 < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--port" -> port = value;
                case "--stream-chunks" -> chunks = value;
                case "--flush-every" -> flushEvery = value;
                case "--embedding-dimensions" -> dimensions = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrintStream stdout = System.out;
        try (BenchServer server = new BenchServer(port, chunks, flushEvery, dimensions)) {
            stdout.println(READY + server.port());
            stdout.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our standard input
            }
            stdout.println("bench server: " + server.connections() + " connections, " + server.requests() + " requests");
            stdout.flush();
        }
    }
}
