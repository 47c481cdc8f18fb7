package ai.domainassist.testkit.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections send without Nagle's algorithm ({@code TCP_NODELAY}), as
 * real model servers do. MockWebServer writes a response's head and body in two writes; with Nagle on,
 * the body waits for the client's delayed ACK of the head, about 40 ms on Linux, on every call after the
 * first on a connection, which made each scripted call take ~45 ms instead of well under one.
 */
public final class NoDelayServerSockets extends ServerSocketFactory {
    /** The one instance (stateless, thread-safe). */
    public static final NoDelayServerSockets INSTANCE = new NoDelayServerSockets();

    private NoDelayServerSockets() {
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(port));
        return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(port), backlog);
        return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(address, port), backlog);
        return s;
    }

    private static final class NoDelayServerSocket extends ServerSocket {
        NoDelayServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket s = super.accept();
            s.setTcpNoDelay(true);
            return s;
        }
    }
}
