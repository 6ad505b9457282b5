package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lab.kit.transport.TcpServer;
import lab.protocols.RecordWarehouse;
import org.junit.jupiter.api.Test;

class SharedRecordsTest {

    @Test
    void records_put_by_clients_at_the_same_time_are_all_seen_by_every_connection() throws Exception {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        int clients = 4;
        int perClient = 30 + random.nextInt(30);
        var warehouse = new RecordWarehouse();
        Map<String, String> expected = new HashMap<>();
        try (var server = TcpServer.start(warehouse::newConnection);
             ExecutorService crawlers = Executors.newFixedThreadPool(clients)) {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Map<String, String> mine = new HashMap<>();
                for (int i = 0; i < perClient; i++) {
                    mine.put("c" + c + "-record-" + i, "v" + random.nextInt(1_000_000));
                }
                expected.putAll(mine);
                int number = c + 1;
                Callable<Void> crawler = () -> {
                    try (var client = new LineClient(server, "crawler " + number)) {
                        for (var record : mine.entrySet()) {
                            assertThat(client.ask("PUT " + record.getKey() + " " + record.getValue())).isEqualTo("OK");
                        }
                    }
                    return null;
                };
                done.add(crawlers.submit(crawler));
            }
            for (var future : done) {
                future.get(8, TimeUnit.SECONDS);
            }
            try (var reader = new LineClient(server, "a later connection")) {
                assertThat(reader.ask("COUNT"))
                        .as("%d clients each PUT %d different records at the same time (seed %d); a later connection "
                                + "asked COUNT. All connections share one warehouse: keep the records in the "
                                + "RecordWarehouse, in a map safe for several threads (ConcurrentHashMap)",
                                clients, perClient, seed)
                        .isEqualTo("COUNT " + clients * perClient);
                String key = "c0-record-" + random.nextInt(perClient);
                assertThat(reader.ask("GET " + key)).as("GET from another connection of a record crawler 1 PUT")
                        .isEqualTo("VALUE " + expected.get(key));
            }
        }
        assertThat(warehouse.records()).as("records() after %d crawlers (seed %d)", clients, seed).isEqualTo(expected);
    }
}
