package io.fmscope.sdk.resilience;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RetryBudgetTest {

    @Test
    void defaultsAreTheAwsStandardModeNumbers() {
        assertThat(RetryBudgetPolicy.DEFAULT).isEqualTo(new RetryBudgetPolicy(500, 5, 10, 1));
        assertThat(new RetryBudget(RetryBudgetPolicy.DEFAULT).available()).isEqualTo(500);
    }

    @Test
    void retriesTakeTokensAndTimeoutsTakeMore() {
        RetryBudget budget = new RetryBudget(new RetryBudgetPolicy(20, 5, 10, 1));
        assertThat(budget.tryAcquire(false)).isEqualTo(5);
        assertThat(budget.tryAcquire(true)).isEqualTo(10);
        assertThat(budget.available()).isEqualTo(5);
        assertThat(budget.tryAcquire(true)).as("too few tokens for a timeout retry").isEqualTo(-1);
        assertThat(budget.available()).as("a refused acquire takes nothing").isEqualTo(5);
        assertThat(budget.tryAcquire(false)).isEqualTo(5);
        assertThat(budget.tryAcquire(false)).isEqualTo(-1);
    }

    @Test
    void successesRefillUpToCapacity() {
        RetryBudget budget = new RetryBudget(new RetryBudgetPolicy(12, 5, 10, 1));
        budget.tryAcquire(true);
        assertThat(budget.available()).isEqualTo(2);
        budget.recordSuccess(0);
        assertThat(budget.available()).as("first-attempt success refunds 1").isEqualTo(3);
        budget.recordSuccess(5);
        assertThat(budget.available()).as("successful retry returns its cost").isEqualTo(8);
        budget.recordSuccess(10);
        assertThat(budget.available()).as("never above capacity").isEqualTo(12);
    }

    @Test
    void unlimitedNeverRunsOut() {
        RetryBudget budget = new RetryBudget(RetryBudgetPolicy.unlimited());
        for (int i = 0; i < 10_000; i++) assertThat(budget.tryAcquire(i % 2 == 0)).isZero();
    }

    @Test
    void concurrentAcquiresNeverOverdraw() throws InterruptedException {
        RetryBudget budget = new RetryBudget(new RetryBudgetPolicy(1_000, 5, 10, 1));
        AtomicInteger granted = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                pool.submit(() -> {
                    for (int j = 0; j < 200; j++) if (budget.tryAcquire(false) > 0) granted.incrementAndGet();
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(granted.get()).isEqualTo(200);
        assertThat(budget.available()).isZero();
    }
}
