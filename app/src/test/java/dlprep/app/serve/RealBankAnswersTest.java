package dlprep.app.serve;

import dlprep.kb.Question;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz's answers cut from the project's own interview bank (dlprep.home is the checkout, set by surefire). */
class RealBankAnswersTest {

    @Test
    void everyQuestionOfTheBankHasItsOwnAnswerSection() throws IOException {
        Library library = new Library(Path.of(System.getProperty("dlprep.home"), "notes"), Duration.ofSeconds(1));
        Library.Snapshot snapshot = library.current();
        assertFalse(snapshot.kb.questions().isEmpty());
        for (Question q : snapshot.kb.questions()) {
            String answer = QuizAnswer.html(snapshot, q);
            assertTrue(answer.startsWith("<p><strong>答案</strong>"), q.id() + ": " + answer);
            assertFalse(answer.contains("<h2") || answer.contains("<h1"), q.id() + " runs into the next section");
        }
    }
}
