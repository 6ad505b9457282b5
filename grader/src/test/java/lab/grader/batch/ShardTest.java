package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
    static final List<String> NAMES = IntStream.range(0, 11).mapToObj(i -> "repo-" + (char) ('a' + i)).toList();

    @Test
    void the_shards_together_hold_every_submission_exactly_once() {
        List<String> all = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            all.addAll(new Shard(k, 4).select(NAMES));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(NAMES);
    }

    @Test
    void shards_are_dealt_round_robin_by_sorted_name_so_sizes_differ_by_at_most_one() {
        assertThat(Shard.parse("2/4").select(NAMES)).containsExactly("repo-b", "repo-f", "repo-j");
        assertThat(IntStream.rangeClosed(1, 4).map(k -> new Shard(k, 4).select(NAMES).size()).toArray()).containsExactly(3, 3, 3, 2);
        assertThat(Shard.ALL.select(NAMES)).isEqualTo(NAMES);
    }

    @Test
    void a_shard_outside_one_to_n_is_rejected_with_the_expected_form() {
        assertThatThrownBy(() -> Shard.parse("0/3")).hasMessageContaining("1 <= K <= N");
        assertThatThrownBy(() -> Shard.parse("4/3")).hasMessageContaining("1 <= K <= N");
        assertThatThrownBy(() -> Shard.parse("two")).hasMessageContaining("e.g. 2/4");
    }
}
