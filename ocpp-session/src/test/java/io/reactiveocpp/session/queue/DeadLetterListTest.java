package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.session.DeadLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link QueueStore#deadLetters(int)}: the latest dead letters, oldest first, from either store. */
class DeadLetterListTest {

    @TempDir
    Path dir;

    @Test
    void theSqliteStoreListsTheLatestDeadLettersOldestFirst() {
        SqliteQueueStore store = SqliteQueueStore.open(dir.resolve("queue.db"));
        try {
            assertLatest(store);
        } finally {
            store.close();
        }
    }

    @Test
    void theMemoryStoreListsTheLatestDeadLettersOldestFirst() {
        assertLatest(new MemoryQueueStore());
    }

    private static void assertLatest(QueueStore store) {
        for (long seq = 1; seq <= 25; seq++) {
            store.append(new StoredMessage(seq, 7, Action.METER_VALUES, "{}", false, 0, 0, false));
            store.deadLetter(seq, 1_000 + seq, "failure " + seq);
        }
        store.commit();
        assertThat(store.deadLetters(20)).extracting(DeadLetter::seq)
                .containsExactly(6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L,
                        24L, 25L);
        assertThat(store.deadLetters(20).get(19).reason()).isEqualTo("failure 25");
        assertThat(store.deadLetters(30)).hasSize(25);
    }
}
