package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import lab.kit.transport.TcpServer;
import lab.protocols.RecordWarehouse;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void each_command_gets_its_reply_line() throws IOException {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        String key = "record-" + random.nextInt(1_000_000);
        String value = "seen " + random.nextInt(1000) + " times at the gate";
        var warehouse = new RecordWarehouse();
        try (var server = TcpServer.start(warehouse::newConnection); var client = new LineClient(server, "the client")) {
            assertThat(client.ask("COUNT")).as("COUNT on an empty warehouse (seed %d)", seed).isEqualTo("COUNT 0");
            assertThat(client.ask("GET " + key)).as("GET of a key never stored").isEqualTo("MISSING");
            assertThat(client.ask("PUT " + key + " " + value)).as("PUT").isEqualTo("OK");
            assertThat(client.ask("GET " + key))
                    .as("GET after PUT: the value is the rest of the line, spaces included")
                    .isEqualTo("VALUE " + value);
            assertThat(client.ask("PUT " + key + " replaced")).as("PUT of an existing key").isEqualTo("OK");
            assertThat(client.ask("GET " + key)).as("GET after a second PUT").isEqualTo("VALUE replaced");
            assertThat(client.ask("COUNT")).as("COUNT after two PUTs of one key").isEqualTo("COUNT 1");
            assertThat(client.ask("WATCH " + key)).as("WATCH").isEqualTo("WATCHING " + key);
            assertThat(client.ask("FETCH " + key)).as("an unknown command").startsWith("ERROR ");
            assertThat(client.ask("PUT " + key)).as("PUT without a value").startsWith("ERROR ");
            client.send("GET " + key + "\r\n");
            assertThat(client.readLine("\"GET key\\r\\n\""))
                    .as("a line ending in \\r\\n: the \\r is not part of the key").isEqualTo("VALUE replaced");
        }
        assertThat(warehouse.records()).as("records() after the session").containsExactly(java.util.Map.entry(key, "replaced"));
    }
}
