package lab.hidden.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import lab.daemon.BatchWriter;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

    @Test
    void writes_a_batch_of_unpredictable_size_in_order_then_reports_it_complete() {
        long seed = new Random().nextLong();
        int records = 5 + new Random(seed).nextInt(36);
        List<String> sink = new ArrayList<>();

        new BatchWriter(records, Duration.ofMillis(1), sink::add).run();

        List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, records).mapToObj(i -> "record " + i).toList());
        expected.add("batch complete: " + records + " records");
        assertThat(sink)
                .withFailMessage("A batch of %d records (seed %d) should write record 1 to record %d, then"
                        + " 'batch complete: %d records'; got %s", records, seed, records, records, sink)
                .isEqualTo(expected);
    }

    @Test
    void an_empty_batch_only_reports_it_complete() {
        List<String> sink = new ArrayList<>();

        new BatchWriter(0, Duration.ofMillis(1), sink::add).run();

        assertThat(sink)
                .withFailMessage("A batch of 0 records writes no record, only 'batch complete: 0 records'; got %s", sink)
                .containsExactly("batch complete: 0 records");
    }

    @Test
    void an_interrupt_stops_the_batch_promptly_and_reports_how_far_it_got() throws InterruptedException {
        long seed = new Random().nextLong();
        int records = 1000 + new Random(seed).nextInt(1000);
        List<String> sink = Logs.newLog();
        var writer = new BatchWriter(records, Duration.ofMillis(5), sink::add);

        // a daemon, so that a writer which ignores the interrupt cannot keep the grading JVM alive
        Thread thread = Thread.ofPlatform().daemon().name("hidden-test-writer").start(writer);
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> Logs.count(sink, "record ") >= 3);
        } finally {
            thread.interrupt();
        }
        boolean ended = thread.join(Duration.ofSeconds(3));

        assertThat(ended)
                .withFailMessage("The writer was interrupted after a few records of %d but was still writing"
                        + " 3 s later (%d records so far): the interrupt was ignored. When the pause throws"
                        + " InterruptedException, stop: write the 'batch stopped' line and return - do not"
                        + " catch it and carry on", records, Logs.count(sink, "record "))
                .isTrue();
        List<String> written = sink.stream().filter(line -> line.startsWith("record ")).toList();
        int k = written.size();
        assertThat(k)
                .withFailMessage("The writer wrote all %d records although it was interrupted after a few:"
                        + " stop at the next pause", records)
                .isLessThan(records);
        assertThat(written)
                .withFailMessage("Expected record 1 to record %d in order before the stop, got %s", k, written)
                .isEqualTo(IntStream.rangeClosed(1, k).mapToObj(i -> "record " + i).toList());
        assertThat(sink.getLast())
                .withFailMessage("An interrupted writer reports how far it got as its last line:"
                        + " 'batch stopped: %d of %d records written'; got '%s'", k, records, sink.getLast())
                .isEqualTo("batch stopped: " + k + " of " + records + " records written");
    }
}
