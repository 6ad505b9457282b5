package lab.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchWriterPublicTest {

    @Test
    void writes_every_record_in_order_then_reports_the_batch_complete() {
        List<String> sink = new ArrayList<>();

        new BatchWriter(3, Duration.ofMillis(1), sink::add).run();

        assertThat(sink)
                .as("A batch of 3 records: record 1, record 2, record 3, then the completion line")
                .containsExactly("record 1", "record 2", "record 3", "batch complete: 3 records");
    }
}
