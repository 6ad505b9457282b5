package lab.hidden.threads;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A thread-safe sink for ticks that also remembers which thread reported each one. */
final class TickRecorder implements Consumer<String> {
    record Tick(String text, Thread reporter) {
    }

    private static final Pattern TICK = Pattern.compile("T-minus (-?\\d+)");
    private final List<Tick> ticks = new CopyOnWriteArrayList<>();

    @Override
    public void accept(String text) {
        ticks.add(new Tick(text, Thread.currentThread()));
    }

    int size() {
        return ticks.size();
    }

    List<Tick> ticks() {
        return List.copyOf(ticks);
    }

    List<String> texts() {
        return ticks.stream().map(Tick::text).toList();
    }

    /** The number of each tick, in the order reported; fails the test on a tick that does not read "T-minus n". */
    List<Integer> numbers() {
        return ticks.stream().map(tick -> {
            Matcher matcher = TICK.matcher(String.valueOf(tick.text()));
            if (!matcher.matches()) {
                fail("A tick must read \"T-minus <n>\", like the lecture's print('T-minus', n); yours read \"%s\"",
                        tick.text());
            }
            return Integer.parseInt(matcher.group(1));
        }).toList();
    }
}
