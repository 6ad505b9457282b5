package lab.kit.transport;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Protocols for the kit's tests that record every call with the thread it came on. */
final class Recording {
    private Recording() {
    }

    record Call(String what, Thread thread) {
    }

    /** Records calls and bytes; echoes each chunk upper-cased when {@code echo} is set. */
    static class Stream implements Protocol {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final boolean echo;
        volatile Transport transport;
        volatile Exception lostCause;

        Stream(boolean echo) {
            this.echo = echo;
        }

        @Override
        public void connectionMade(Transport transport) {
            this.transport = transport;
            calls.add(new Call("made", Thread.currentThread()));
        }

        @Override
        public void dataReceived(byte[] data) {
            calls.add(new Call("data", Thread.currentThread()));
            synchronized (bytes) {
                bytes.writeBytes(data);
            }
            if (echo) {
                transport.write(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).toUpperCase()
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }

        @Override
        public void eofReceived() {
            calls.add(new Call("eof", Thread.currentThread()));
        }

        @Override
        public void connectionLost(Exception cause) {
            lostCause = cause;
            calls.add(new Call("lost", Thread.currentThread()));
        }

        byte[] bytes() {
            synchronized (bytes) {
                return bytes.toByteArray();
            }
        }

        List<String> kinds() {
            return calls.stream().map(Call::what).toList();
        }
    }

    record Datagram(String text, InetSocketAddress sender, Thread thread) {
    }

    static final class Datagrams implements DatagramProtocol {
        final List<Datagram> received = new CopyOnWriteArrayList<>();
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile DatagramTransport transport;

        @Override
        public void connectionMade(DatagramTransport transport) {
            this.transport = transport;
            calls.add("made");
        }

        @Override
        public void datagramReceived(byte[] data, InetSocketAddress sender) {
            String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
            if (text.equals("boom")) {
                throw new IllegalStateException("boom");
            }
            received.add(new Datagram(text, sender, Thread.currentThread()));
            if (text.startsWith("echo ")) {
                transport.sendTo(("re " + text.substring(5)).getBytes(java.nio.charset.StandardCharsets.UTF_8), sender);
            }
        }

        @Override
        public void connectionLost(Exception cause) {
            calls.add("lost");
        }
    }

    static final class Pipes implements SubprocessProtocol {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        volatile int largestChunk;
        volatile int exitCode = -1;

        @Override
        public void connectionMade(SubprocessTransport transport) {
            note("made");
        }

        @Override
        public synchronized void pipeDataReceived(int fd, byte[] data) {
            note("data" + fd);
            largestChunk = Math.max(largestChunk, data.length);
            (fd == STDOUT ? stdout : stderr).writeBytes(data);
        }

        @Override
        public void pipeConnectionLost(int fd, Exception cause) {
            note("pipe-lost" + fd);
        }

        @Override
        public void processExited(int exitCode) {
            this.exitCode = exitCode;
            note("exited");
        }

        @Override
        public void connectionLost(Exception cause) {
            note("lost");
        }

        private void note(String call) {
            calls.add(call);
            threads.add(Thread.currentThread());
        }

        synchronized String out() {
            return stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        synchronized String err() {
            return stderr.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
