package dlprep.app.store;

import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.Rating;
import dlprep.kb.quiz.ReviewLog;
import dlprep.kb.quiz.Scheduler;
import dlprep.kb.quiz.FsrsParameters;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The separate JVM of {@link DatabaseTest#answeredReviewSurvivesSigkill}: records one review in the database named
 * by the first argument at the epoch millisecond of the second, prints "committed", and waits to be killed.
 */
final class ReviewThenWait {

    public static void main(String[] args) throws InterruptedException {
        Instant now = Instant.ofEpochMilli(Long.parseLong(args[1]));
        CardState before = CardState.newCard(now);
        CardState after = new Scheduler(FsrsParameters.DEFAULT).review(before, Rating.GOOD, now);
        QuizStore store = new QuizStore(Database.open(Path.of(args[0])));
        store.record(new ReviewLog("det-nms", Rating.GOOD, now, before, after));
        System.out.println("committed");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
