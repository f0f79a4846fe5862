package io.fmscope.sdk.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records every requested sleep and advances the manual clock by it instead of sleeping. */
final class FakeSleeper implements Sleeper {

    private final ManualClock clock;
    final List<Duration> sleeps = new ArrayList<>();

    FakeSleeper(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    Duration total() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
