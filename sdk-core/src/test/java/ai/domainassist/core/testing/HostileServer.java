package ai.domainassist.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, for the faults MockWebServer
 * cannot script or count: a keep-alive connection closed on its next request, a body cut off
 * without any framing, a line that never ends. Every request that reaches it is counted (whether
 * or not it is answered), so tests can check the retry budget at the wire.
 *
 * <p>Each connection is served on its own daemon thread, requests in order; the {@link Script}
 * decides per request what to send. Thread-safe.
 */
public final class HostileServer implements AutoCloseable {

    /** What the server does with one request. */
    @FunctionalInterface
    public interface Script {
        /**
         * @param exchange the request received, and the connection to answer on
         * @throws IOException if writing fails (the client went away)
         */
        void answer(Exchange exchange) throws IOException;
    }

    /** One request and the connection it came on. */
    public static final class Exchange {
        private final int index;
        private final int onConnection;
        private final String body;
        private final Socket socket;
        private final OutputStream out;
        private boolean closed;

        Exchange(int index, int onConnection, String body, Socket socket) throws IOException {
            this.index = index;
            this.onConnection = onConnection;
            this.body = body;
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        /** @return the request's number on this server, from 1 */
        public int index() {
            return index;
        }

        /** @return the request's number on its connection, from 1 (2 and more: a reused connection) */
        public int onConnection() {
            return onConnection;
        }

        /** @return the request body */
        public String body() {
            return body;
        }

        /**
         * Answers with a complete response and keeps the connection open for the next request.
         *
         * @param status the status
         * @param contentType the content type
         * @param text the body
         * @param headers more header lines, {@code Name: value}
         * @throws IOException if writing fails
         */
        public void respond(int status, String contentType, String text, String... headers) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + bytes.length + "\r\n");
            for (String h : headers) {
                head.append(h).append("\r\n");
            }
            write(head.append("\r\n").toString());
            out.write(bytes);
            out.flush();
        }

        /**
         * Sends a status line and headers for a body that ends when the connection closes (no
         * length, not chunked): whatever is written next is the body, cut wherever the script closes.
         *
         * @param contentType the content type
         * @throws IOException if writing fails
         */
        public void startUnframedBody(String contentType) throws IOException {
            write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nConnection: close\r\n\r\n");
        }

        /**
         * @param text bytes to write as they are (UTF-8)
         * @throws IOException if writing fails
         */
        public void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * @param bytes bytes to write as they are
         * @throws IOException if writing fails
         */
        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /**
         * Blocks until the client closes the connection (or {@code millis} pass).
         *
         * @param millis the longest wait
         * @return whether the client closed it
         */
        public boolean awaitClientClose(long millis) {
            try {
                socket.setSoTimeout((int) millis);
                InputStream in = socket.getInputStream();
                while (in.read() != -1) {
                    // drain until the client closes
                }
                return true;
            } catch (java.net.SocketTimeoutException e) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }

        /** Closes the connection at once, without answering (or in the middle of an answer). */
        public void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }

        boolean isClosed() {
            return closed || socket.isClosed();
        }
    }

    private final ServerSocket server;
    private final Script script;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Throwable> scriptFailures = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    /**
     * Starts the server.
     *
     * @param script what to do with each request
     * @throws IOException if no port can be bound
     */
    public HostileServer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "hostile-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the base URL, {@code http://127.0.0.1:port/v1} */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    /** @return how many requests reached the server so far (answered or not) */
    public int requests() {
        return requests.get();
    }

    /**
     * Waits until at least {@code count} requests have reached the server, or {@code max} has passed: a
     * client can give up on an attempt (read timeout, closed connection) before the server's thread has
     * read it, so the count may lag the client by a moment.
     *
     * @return how many requests reached the server so far
     */
    public int awaitRequests(int count, java.time.Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        synchronized (requests) {
            while (requests.get() < count && System.nanoTime() < end) {
                requests.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            }
        }
        return requests.get();
    }

    /** @return how many connections were opened to it so far */
    public int connections() {
        return connections.get();
    }

    /** @return exceptions a script threw other than a client that went away (a test bug) */
    public List<Throwable> scriptFailures() {
        return new ArrayList<>(scriptFailures);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true); // headers and body go out as written (Nagle would add 40 ms per exchange)
                open.add(s);
                int n = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s), "hostile-server-conn-" + n);
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            for (int onConnection = 1; ; onConnection++) {
                String body = readRequest(in);
                if (body == null) {
                    return;
                }
                int number;
                synchronized (requests) {
                    number = requests.incrementAndGet();
                    requests.notifyAll();
                }
                Exchange exchange = new Exchange(number, onConnection, body, s);
                try {
                    script.answer(exchange);
                } catch (SocketException clientWentAway) {
                    return;
                } catch (IOException | RuntimeException | Error e) {
                    if (!exchange.isClosed()) {
                        scriptFailures.add(e);
                    }
                    return;
                }
                if (exchange.isClosed()) {
                    return;
                }
            }
        } catch (IOException ignored) {
            // the client went away
        } finally {
            open.remove(s);
        }
    }

    /** @return the request body, or {@code null} when the client closed the connection between requests */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = headers.indexOf("content-length:");
        int length = at < 0 ? 0 : Integer.parseInt(headers.substring(at + 15, headers.indexOf('\r', at)).strip());
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
