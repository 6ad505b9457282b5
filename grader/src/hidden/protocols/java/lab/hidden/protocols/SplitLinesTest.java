package lab.hidden.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lab.kit.transport.TcpServer;
import lab.protocols.RecordWarehouse;
import org.junit.jupiter.api.Test;

class SplitLinesTest {
    @Test
    void commands_sent_one_byte_at_a_time_are_answered_once_each_line_is_complete() throws IOException {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        String key = "city-" + random.nextInt(10_000);
        String value = List.of("Z\u00fcrich", "M\u00fcnchen \u2013 Mitte", "Caf\u00e9 \u20ac" + random.nextInt(100), "\u6771\u4eac")
                .get(random.nextInt(4)) + " " + random.nextInt(1000);
        String session = "PUT " + key + " " + value + "\nGET " + key + "\nCOUNT\n";
        byte[] bytes = session.getBytes(StandardCharsets.UTF_8);

        var warehouse = new RecordWarehouse();
        try (var server = TcpServer.start(warehouse::newConnection); var client = new LineClient(server, "the client")) {
            for (int i = 0; i < bytes.length; i++) {
                client.send(new byte[] {bytes[i]});
                int sent = i + 1;
                // one read per byte: wait until the protocol has seen it before the next one goes
                Waiting.until("byte " + sent + " delivered to dataReceived", () -> server.bytesDelivered() >= sent);
            }
            List<String> replies = client.readLines(3, "a session sent one byte per read");

            assertThat(replies)
                    .as("The commands %s arrived one byte per dataReceived call (seed %d). Keep the bytes of a line "
                            + "until its \\n arrives, then decode the whole line as UTF-8: a character like \u00fc is "
                            + "two bytes and may be split across two reads", session.strip().lines().toList(), seed)
                    .containsExactly("OK", "VALUE " + value, "COUNT 1");
        }
        assertThat(warehouse.records()).containsEntry(key, value);
    }

    @Test
    void many_commands_in_one_write_are_each_answered_in_order() throws IOException {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        int puts = 200 + random.nextInt(300);
        var session = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < puts; i++) {
            session.append("PUT record-").append(i).append(" value-").append(random.nextInt(1_000_000)).append('\n');
            expected.add("OK");
        }
        int probe = random.nextInt(puts);
        String probeValue = session.toString().lines().toList().get(probe).split(" ", 3)[2];
        session.append("GET record-").append(probe).append("\nCOUNT\n");
        expected.add("VALUE " + probeValue);
        expected.add("COUNT " + puts);

        var warehouse = new RecordWarehouse();
        try (var server = TcpServer.start(warehouse::newConnection); var client = new LineClient(server, "the client")) {
            client.send(session.toString());
            List<String> replies = client.readLines(expected.size(), puts + 2
                    + " commands sent in one write (answer every complete line in a chunk, in order, not just the first one)");

            assertThat(replies)
                    .as("%d commands were sent in one write, so one dataReceived call held many lines (seed %d). "
                            + "Answer every complete line in a chunk, in order, not just the first one", puts + 2, seed)
                    .isEqualTo(expected);
        }
        assertThat(warehouse.records()).hasSize(puts);
    }
}
