package id.terbuka.catalogue.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.terbuka.platform.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchTurnsTest {

    @Test
    void runsNoMoreSearchesAtOnceThanItHasTurnsAndFinishesThemAll() throws Exception {
        SearchTurns turns = new SearchTurns(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch allSubmitted = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                answers.add(callers.submit(() -> turns.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        allSubmitted.await(5, TimeUnit.SECONDS);
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                })));
            }
            allSubmitted.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                results.add(answer.get(10, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactly(0, 1, 2, 3, 4, 5);
            assertThat(most.get()).isEqualTo(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void answersBusyWhenNoTurnComesWithinTheWaitAndFreesTheTurnOfAFailedSearch() throws Exception {
        SearchTurns turns = new SearchTurns(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<String> slow = holder.submit(() -> turns.run(() -> {
                holding.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slow";
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> turns.run(() -> "queued"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                        assertThat(e.typeSlug()).isEqualTo("search-busy");
                    });

            release.countDown();
            assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
            assertThatThrownBy(() -> turns.run(() -> {
                throw new IllegalStateException("index closed");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(turns.run(() -> "next")).isEqualTo("next");
        } finally {
            holder.shutdownNow();
        }
    }
}
