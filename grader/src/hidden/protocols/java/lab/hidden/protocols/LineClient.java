package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.kit.transport.TcpServer;

/** A test client of the warehouse: raw bytes out, reply lines in, every read bounded. */
final class LineClient implements AutoCloseable {
    static final Duration REPLY_BOUND = Duration.ofSeconds(4);

    private final Socket socket;
    private final InputStream in;
    private final String name;

    LineClient(TcpServer server, String name) throws IOException {
        this.socket = new Socket(server.address().getAddress(), server.port());
        socket.setSoTimeout((int) REPLY_BOUND.toMillis());
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.name = name;
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** The next reply line, or a failure that says which command went unanswered. */
    String readLine(String waitingFor) throws IOException {
        var line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    fail("%s: the connection was closed while waiting for the reply to %s (got \"%s\" so far). "
                            + "Answer every complete line with one reply line ending in \\n",
                            name, waitingFor, line.toString(StandardCharsets.UTF_8));
                }
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            fail("%s: no reply line within %s to %s (got \"%s\" of a line so far). Every command line gets one "
                    + "reply line, on the connection that sent it, once its \\n has arrived",
                    name, REPLY_BOUND, waitingFor, line.toString(StandardCharsets.UTF_8));
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    List<String> readLines(int count, String waitingFor) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(readLine(waitingFor + " (reply " + (i + 1) + " of " + count + ", after " + lines.size()
                    + " replies" + (lines.isEmpty() ? "" : ", the last \"" + lines.getLast() + "\"") + ")"));
        }
        return lines;
    }

    /** Sends one command and returns its reply. */
    String ask(String command) throws IOException {
        send(command + "\n");
        return readLine("\"" + command + "\"");
    }

    /** Closes with a reset instead of a clean end: the peer's next read fails. */
    void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
