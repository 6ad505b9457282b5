package lab.protocols;

import java.util.Map;
import lab.kit.transport.Protocol;

/**
 * A small record warehouse that clients fill over TCP with a line protocol, like an asyncio server
 * built with {@code loop.create_server(protocol_factory, ...)}. The kit's {@code TcpServer} does the
 * I/O; you write the protocol it drives: {@code TcpServer.start(warehouse::newConnection)}.
 *
 * <p>The line protocol (UTF-8; each command is one line ending in {@code \n}; a {@code \r} before it
 * is dropped; exactly one reply line per command, in command order, on the connection that sent it):
 * <ul>
 *   <li>{@code PUT <key> <value>} stores the record and replies {@code OK}. The key has no spaces;
 *       the value is the rest of the line after the space that follows the key and may contain
 *       spaces, but must not be empty.</li>
 *   <li>{@code GET <key>} replies {@code VALUE <value>}, or {@code MISSING} if there is no such record.</li>
 *   <li>{@code COUNT} replies {@code COUNT <n>}, the number of records in the warehouse.</li>
 *   <li>{@code WATCH <key>} replies {@code WATCHING <key>}; from then on, every {@code PUT} of that key
 *       made by <em>another</em> connection also sends {@code CHANGED <key> <value>} to this one,
 *       for as long as this connection lasts.</li>
 *   <li>Any other line replies with a line starting {@code ERROR }.</li>
 * </ul>
 * Bytes after the last {@code \n} when the input ends are not a command and are dropped.
 *
 * <p>The bytes of a connection arrive in chunks cut anywhere: a chunk may hold part of a line, many
 * lines, or half of a multi-byte UTF-8 character. Connections run at the same time on different
 * threads and all share this warehouse's records.
 */
public final class RecordWarehouse {

    /** An empty warehouse. */
    public RecordWarehouse() {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /**
     * The protocol for one new connection, working on this warehouse's records. The kit calls it once
     * for every connection it accepts.
     */
    public Protocol newConnection() {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }

    /** A copy of every record (key to value), safe to call while connections are busy. */
    public Map<String, String> records() {
        throw new UnsupportedOperationException("protocols: not implemented yet");
    }
}
