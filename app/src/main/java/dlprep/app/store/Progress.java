package dlprep.app.store;

import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.ReviewLog;

import java.util.List;
import java.util.Map;

/** The quiz progress of one data directory: each reviewed question's card state, and every review, oldest first. */
public record Progress(Map<String, CardState> cards, List<ReviewLog> reviews) {

    public Progress {
        cards = Map.copyOf(cards);
        reviews = List.copyOf(reviews);
    }
}
