package lab.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import lab.kit.transport.TcpServer;
import org.junit.jupiter.api.Test;

class WarehousePublicTest {

    @Test
    void put_get_and_count_are_answered_one_line_each() throws IOException {
        var warehouse = new RecordWarehouse();
        try (var server = TcpServer.start(warehouse::newConnection);
             var client = new Socket(server.address().getAddress(), server.port())) {
            client.setSoTimeout(5_000);
            OutputStream out = client.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));

            out.write("PUT page-1 gathered at dawn\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).as("reply to PUT").isEqualTo("OK");
            out.write("GET page-1\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).as("reply to GET of a stored key").isEqualTo("VALUE gathered at dawn");
            out.write("GET page-2\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).as("reply to GET of an unknown key").isEqualTo("MISSING");
            out.write("COUNT\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).as("reply to COUNT").isEqualTo("COUNT 1");
        }
        assertThat(warehouse.records()).containsExactly(java.util.Map.entry("page-1", "gathered at dawn"));
    }
}
