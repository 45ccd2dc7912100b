package dlprep.app.store;

import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.FsrsParameters;
import dlprep.kb.quiz.Rating;
import dlprep.kb.quiz.ReviewLog;
import dlprep.kb.quiz.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQLite store: round trip, durability across SIGKILL, a damaged file moved aside, a locked file. */
class DatabaseTest {

    private static final Scheduler SCHEDULER = new Scheduler(FsrsParameters.DEFAULT);
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path dir;

    private static ReviewLog review(String id, CardState before, Rating rating, Instant at) {
        return new ReviewLog(id, rating, at, before, SCHEDULER.review(before, rating, at));
    }

    @Test
    void reviewsAndCardStatesRoundTripThroughTheFile() {
        Path file = dir.resolve("data/dlprep.db");
        ReviewLog first = review("det-nms", CardState.newCard(T0), Rating.GOOD, T0);
        ReviewLog second = review("det-nms", first.after(), Rating.EASY, T0.plusSeconds(86_400 * 2));
        ReviewLog other = review("cnn-bn", CardState.newCard(T0), Rating.AGAIN, T0.plusSeconds(5));
        try (Database db = Database.open(file)) {
            QuizStore store = new QuizStore(db);
            store.record(first);
            store.record(other);
            store.record(second);
            assertTrue(db.notice().isEmpty());
        }
        try (Database db = Database.open(file)) {
            Progress p = new QuizStore(db).progress();
            assertEquals(Map.of("det-nms", second.after(), "cnn-bn", other.after()), p.cards());
            assertEquals(List.of(first, other, second), p.reviews());
        }
    }

    @Test
    void databaseIsInWalModeWithSchemaVersionOne() throws Exception {
        Path file = dir.resolve("dlprep.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", r.getString(1));
            }
            try (ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
                assertEquals(Schema.latestVersion(), r.getInt(1));
            }
        }
    }

    @Test
    void quizDatabaseOfSchemaVersionOneGainsRunsAndNotesReadKeepingItsProgress() throws Exception {
        Path file = dir.resolve("dlprep.db");
        ReviewLog review = review("det-nms", CardState.newCard(T0), Rating.GOOD, T0);
        try (Database db = Database.open(file)) {
            new QuizStore(db).record(review);
        }
        // back to the file a dlprep of schema version 1 wrote: quiz tables only
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE runs");
            s.executeUpdate("DROP TABLE note_read");
            s.executeUpdate("UPDATE schema_version SET version = 1");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Map.of("det-nms", review.after()), new QuizStore(db).cards());
            assertEquals(List.of(review), new QuizStore(db).reviews());
            ReadingStore reading = new ReadingStore(db, Clock.systemUTC());
            reading.mark("01-math/01-linear-algebra.md", true);
            assertEquals(Set.of("01-math/01-linear-algebra.md"), reading.read());
            assertTrue(new RunStore(db, Clock.systemUTC()).all().isEmpty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
            assertEquals(2, Schema.latestVersion());
            assertEquals(2, r.getInt(1));
        }
    }

    @Test
    void mergeKeepsTheLaterCardAndAddsOnlyNewReviews() {
        ReviewLog first = review("det-nms", CardState.newCard(T0), Rating.GOOD, T0);
        ReviewLog second = review("det-nms", first.after(), Rating.GOOD, T0.plusSeconds(86_400));
        try (Database db = Database.open(dir.resolve("dlprep.db"))) {
            QuizStore store = new QuizStore(db);
            store.record(first);
            store.record(second);
            Progress taken = store.merge(new Progress(Map.of("det-nms", first.after()), List.of(first)));
            assertEquals(0, taken.cards().size());
            assertEquals(0, taken.reviews().size());
            assertEquals(second.after(), store.cards().get("det-nms"));
            assertEquals(2, store.reviews().size());
        }
    }

    /**
     * A separate JVM records a review and prints "committed"; the test then kills it with SIGKILL (no shutdown
     * hooks, no close, the WAL not checkpointed) and finds the review on reopening.
     */
    @Test
    void answeredReviewSurvivesSigkill() throws Exception {
        Path file = dir.resolve("dlprep.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ReviewThenWait.class.getName(), file.toString(), String.valueOf(T0.toEpochMilli()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("committed")) {
                seen.append(line).append('\n');
            }
            assertEquals("committed", line, "the child ended before committing:\n" + seen);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(128 + 9, child.exitValue(), "killed by SIGKILL (9)");
        assertTrue(Files.size(dir.resolve("dlprep.db-wal")) > 0, "the review is still in the WAL, not checkpointed");
        try (Database db = Database.open(file)) {
            List<ReviewLog> reviews = new QuizStore(db).reviews();
            assertEquals(1, reviews.size());
            assertEquals("det-nms", reviews.get(0).cardId());
            assertEquals(Rating.GOOD, reviews.get(0).rating());
            assertEquals(T0, reviews.get(0).time());
        }
    }

    @Test
    void fileThatIsNotSqliteIsMovedAsideAndAFreshDatabaseStarts() throws IOException {
        Path file = dir.resolve("dlprep.db");
        byte[] junk = "this is not a SQLite database, but someone's notes\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, junk);
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T08:30:15Z"), ZoneOffset.UTC);
        Path aside = dir.resolve("dlprep.db.corrupt-20261127-083015");
        try (Database db = Database.open(file, clock)) {
            assertArrayEquals(junk, Files.readAllBytes(aside));
            String notice = db.notice().orElseThrow();
            assertTrue(notice.contains(file.toString()) && notice.contains(aside.toString()), notice);
            assertTrue(new QuizStore(db).cards().isEmpty());
        }
        Files.write(file, junk);
        try (Database db = Database.open(file, clock)) {
            assertTrue(db.notice().isPresent());
            assertArrayEquals(junk, Files.readAllBytes(dir.resolve("dlprep.db.corrupt-20261127-083015-1")),
                    "a second damaged file goes beside the first, which is not overwritten");
            assertArrayEquals(junk, Files.readAllBytes(aside));
        }
    }

    @Test
    void databaseFailingIntegrityCheckIsMovedAside() throws Exception {
        Path file = dir.resolve("dlprep.db");
        try (Database db = Database.open(file)) {
            QuizStore store = new QuizStore(db);
            for (int i = 0; i < 200; i++) {
                store.record(review("q-" + i, CardState.newCard(T0), Rating.GOOD, T0));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode=DELETE");
        }
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int i = pageSize + 8; i < 3 * pageSize; i++) {
            bytes[i] = (byte) 0x5a; // pages 2 and 3 overwritten past their headers: b-tree pages that make no sense
        }
        Files.write(file, bytes);
        try (Database db = Database.open(file)) {
            assertTrue(db.notice().orElseThrow().contains("damaged"), db.notice().orElseThrow());
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("dlprep.db.corrupt-")));
        }
    }

    @Test
    void lockedDatabaseIsAClearError() throws Exception {
        Path file = dir.resolve("dlprep.db");
        Database.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertTrue(e.getMessage().contains("is locked by another program") && e.getMessage().contains(file.toString()),
                    e.getMessage());
            s.execute("COMMIT");
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("corrupt")), "a locked file is not damaged");
        }
    }
}
