package lab.protocols;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import lab.kit.transport.Protocol;
import lab.kit.transport.Transport;

/**
 * A small record warehouse that clients fill over TCP with a line protocol, like an asyncio server
 * built with {@code loop.create_server(lambda: WarehouseProtocol(store), ...)}: one protocol instance
 * per connection, one store for all of them.
 *
 * <p>The line protocol (UTF-8; each command is one line ending in {@code \n}; a {@code \r} before it
 * is dropped; exactly one reply line per command, in command order):
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
 */
public final class RecordWarehouse {
    private final Map<String, String> records = new ConcurrentHashMap<>();
    private final Map<String, Set<Transport>> watchers = new ConcurrentHashMap<>();

    /** An empty warehouse. */
    public RecordWarehouse() {
    }

    /**
     * The protocol for one new connection: a fresh instance each call, with its own parse state,
     * working on this warehouse's records. Pass it to the kit as {@code TcpServer.start(warehouse::newConnection)}.
     */
    public Protocol newConnection() {
        return new WarehouseConnection(this);
    }

    /** A copy of every record, sorted by key. */
    public Map<String, String> records() {
        return new TreeMap<>(records);
    }

    String put(String key, String value, Transport from) {
        records.put(key, value);
        byte[] change = Lines.encode("CHANGED " + key + " " + value);
        for (Transport watcher : watchers.getOrDefault(key, Set.of())) {
            if (watcher != from) {
                watcher.write(change);
            }
        }
        return "OK";
    }

    String get(String key) {
        String value = records.get(key);
        return value == null ? "MISSING" : "VALUE " + value;
    }

    String count() {
        return "COUNT " + records.size();
    }

    String watch(String key, Transport watcher) {
        watchers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(watcher);
        return "WATCHING " + key;
    }

    void forget(Transport watcher) {
        watchers.values().forEach(set -> set.remove(watcher));
    }
}
