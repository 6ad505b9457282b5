package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lab.kit.transport.TcpServer;
import lab.protocols.RecordWarehouse;
import org.junit.jupiter.api.Test;

class SharedRecordsTest {

    @Test
    void records_put_over_several_open_connections_are_all_seen_by_every_connection() throws Exception {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        int clients = 3 + random.nextInt(3);
        int perClient = 10 + random.nextInt(20);
        var warehouse = new RecordWarehouse();
        Map<String, String> expected = new LinkedHashMap<>();
        List<LineClient> open = new ArrayList<>();
        try (var server = TcpServer.start(warehouse::newConnection)) {
            for (int c = 0; c < clients; c++) {
                open.add(new LineClient(server, "crawler " + (c + 1)));
            }
            // all connections open at once, their PUTs taking turns
            for (int i = 0; i < perClient; i++) {
                for (int c = 0; c < clients; c++) {
                    String key = "c" + c + "-record-" + i;
                    String value = "v" + random.nextInt(1_000_000);
                    expected.put(key, value);
                    assertThat(open.get(c).ask("PUT " + key + " " + value)).isEqualTo("OK");
                }
            }
            for (int c = 0; c < clients; c++) {
                assertThat(open.get(c).ask("COUNT"))
                        .as("%d crawlers, all connected at once, each PUT %d different records (seed %d); crawler %d "
                                + "asked COUNT. All connections share one warehouse: keep the records in the "
                                + "RecordWarehouse (in a map safe for several threads), not in each connection",
                                clients, perClient, seed, c + 1)
                        .isEqualTo("COUNT " + clients * perClient);
                String key = "c" + ((c + 1) % clients) + "-record-" + random.nextInt(perClient);
                assertThat(open.get(c).ask("GET " + key))
                        .as("crawler %d reading a record another crawler PUT (seed %d)", c + 1, seed)
                        .isEqualTo("VALUE " + expected.get(key));
            }
        } finally {
            for (var client : open) {
                client.close();
            }
        }
        assertThat(warehouse.records()).as("records() after %d crawlers (seed %d)", clients, seed).isEqualTo(expected);
    }
}
