package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lab.kit.transport.TcpServer;
import lab.protocols.RecordWarehouse;
import org.junit.jupiter.api.Test;

class ConnectionStateTest {

    @Test
    void replies_go_to_the_connection_that_asked_while_other_connections_are_open() throws IOException {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        int clients = 3 + random.nextInt(3);
        var warehouse = new RecordWarehouse();
        List<LineClient> open = new ArrayList<>();
        try (var server = TcpServer.start(warehouse::newConnection)) {
            for (int i = 0; i < clients; i++) {
                open.add(new LineClient(server, "client " + (i + 1) + " of " + clients));
            }
            Waiting.until(clients + " connections made", () -> server.connectionsMade() == clients);
            for (int i = 0; i < clients; i++) {
                String key = "crawler-" + i;
                assertThat(open.get(i).ask("PUT " + key + " " + (i * 7)))
                        .as("client %d of %d sent PUT while all %d were connected (seed %d): the reply must come "
                                + "back on that client's own connection. newConnection() must return a new protocol "
                                + "for each connection, each writing to its own transport", i + 1, clients, clients, seed)
                        .isEqualTo("OK");
                assertThat(open.get(i).ask("GET " + key)).as("client %d reading back its record", i + 1)
                        .isEqualTo("VALUE " + (i * 7));
            }
        } finally {
            for (var client : open) {
                client.close();
            }
        }
    }

    @Test
    void half_lines_from_several_connections_at_once_do_not_mix() throws IOException {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        int clients = 3 + random.nextInt(3);
        var warehouse = new RecordWarehouse();
        List<LineClient> open = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (var server = TcpServer.start(warehouse::newConnection)) {
            for (int i = 0; i < clients; i++) {
                open.add(new LineClient(server, "client " + (i + 1) + " of " + clients));
                lines.add("PUT page-" + i + " " + "fetched by crawler " + i + " at " + random.nextInt(10_000) + "\n");
            }
            long delivered = 0;
            // first halves from every client, then the second halves in reverse order
            for (int i = 0; i < clients; i++) {
                String line = lines.get(i);
                open.get(i).send(line.substring(0, line.length() / 2));
                delivered += line.substring(0, line.length() / 2).length();
                long expected = delivered;
                Waiting.until("the first half of client " + (i + 1) + "'s line delivered",
                        () -> server.bytesDelivered() >= expected);
            }
            for (int i = clients - 1; i >= 0; i--) {
                String line = lines.get(i);
                open.get(i).send(line.substring(line.length() / 2));
                assertThat(open.get(i).readLine("a PUT split in two halves"))
                        .as("%d clients each sent the first half of a PUT, then the second halves followed in reverse "
                                + "order (seed %d). Client %d's reply was wrong: each connection needs its own line "
                                + "buffer (a field of its own protocol instance, not a static or shared one)",
                                clients, seed, i + 1)
                        .isEqualTo("OK");
            }
            for (int i = 0; i < clients; i++) {
                String line = lines.get(i).strip();
                assertThat(warehouse.records())
                        .as("the record of client %d after half lines from %d connections (seed %d): bytes of "
                                + "different connections were mixed in one buffer", i + 1, clients, seed)
                        .containsEntry("page-" + i, line.split(" ", 3)[2]);
            }
        } finally {
            for (var client : open) {
                client.close();
            }
        }
    }
}
