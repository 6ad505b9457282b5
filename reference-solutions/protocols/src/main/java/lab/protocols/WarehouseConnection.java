package lab.protocols;

import lab.kit.transport.Protocol;
import lab.kit.transport.Transport;

/** The protocol of one connection to a {@link RecordWarehouse}: its own line buffer, the shared store. */
final class WarehouseConnection implements Protocol {
    private final RecordWarehouse warehouse;
    private final Lines lines = new Lines();
    private Transport transport;

    WarehouseConnection(RecordWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public void connectionMade(Transport transport) {
        this.transport = transport;
    }

    @Override
    public void dataReceived(byte[] data) {
        for (String line : lines.feed(data)) {
            transport.write(Lines.encode(answer(line)));
        }
    }

    @Override
    public void connectionLost(Exception cause) {
        warehouse.forget(transport);
    }

    private String answer(String line) {
        String[] words = line.split(" ", 3);
        return switch (words[0]) {
            case "PUT" -> words.length == 3 && !words[1].isEmpty() && !words[2].isEmpty()
                    ? warehouse.put(words[1], words[2], transport)
                    : "ERROR usage: PUT <key> <value>";
            case "GET" -> words.length == 2 && !words[1].isEmpty()
                    ? warehouse.get(words[1])
                    : "ERROR usage: GET <key>";
            case "COUNT" -> words.length == 1 ? warehouse.count() : "ERROR usage: COUNT";
            case "WATCH" -> words.length == 2 && !words[1].isEmpty()
                    ? warehouse.watch(words[1], transport)
                    : "ERROR usage: WATCH <key>";
            default -> "ERROR unknown command";
        };
    }
}
