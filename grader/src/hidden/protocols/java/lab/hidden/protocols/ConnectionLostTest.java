package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import lab.kit.transport.TcpServer;
import lab.protocols.RecordWarehouse;
import org.junit.jupiter.api.Test;

class ConnectionLostTest {

    @Test
    void nothing_is_written_to_a_watcher_whose_connection_was_reset() throws IOException {
        checkNoWritesAfterLoss(true);
    }

    @Test
    void nothing_is_written_to_a_watcher_that_closed_its_connection() throws IOException {
        checkNoWritesAfterLoss(false);
    }

    private static void checkNoWritesAfterLoss(boolean abrupt) throws IOException {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        String key = "feed-" + random.nextInt(1000);
        String how = abrupt ? "reset its connection (an abrupt disconnect)" : "closed its connection";
        var warehouse = new RecordWarehouse();
        try (var server = TcpServer.start(warehouse::newConnection);
             var stays = new LineClient(server, "the watcher that stays");
             var writer = new LineClient(server, "the writer")) {
            var leaves = new LineClient(server, "the watcher that leaves");
            assertThat(leaves.ask("WATCH " + key)).isEqualTo("WATCHING " + key);
            assertThat(stays.ask("WATCH " + key)).isEqualTo("WATCHING " + key);
            if (abrupt) {
                leaves.reset();
            } else {
                leaves.close();
            }
            Waiting.until("connectionLost of the watcher that left", () -> server.connectionsLost() >= 1);

            for (int i = 1; i <= 3; i++) {
                String value = "rev-" + i + "-" + random.nextInt(1000);
                assertThat(writer.ask("PUT " + key + " " + value)).isEqualTo("OK");
                assertThat(stays.readLine("CHANGED after another connection's PUT of a watched key"))
                        .as("the watcher that is still connected must hear of each PUT of its key by another connection")
                        .isEqualTo("CHANGED " + key + " " + value);
            }
            assertThat(writer.ask("COUNT")).isEqualTo("COUNT 1");

            assertThat(server.refusedWrites())
                    .as("A watcher %s, got connectionLost, and then another connection PUT its key 3 times "
                            + "(seed %d): %d writes went to the lost connection's transport. In connectionLost, "
                            + "remove the connection from everything that still writes to it (its watches); "
                            + "a lost transport refuses writes", how, seed, server.refusedWrites())
                    .isZero();
        }
    }
}
