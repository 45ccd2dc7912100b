package dlprep.app.serve;

import dlprep.kb.KnowledgeBase;
import dlprep.kb.Question;
import dlprep.kb.quiz.CardState;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quiz's cards: the questions of the bank, optionally only those of one interview file ({@code part}, a note
 * id) and with one tag, each with its stored state; a question never reviewed is a new card, due from the start.
 */
record QuizDeck(List<Card> cards) {

    record Card(Question question, CardState state) {
    }

    /** The cards of {@code kb} that pass the filters ({@code null} or blank: no filter). */
    static QuizDeck of(KnowledgeBase kb, Map<String, CardState> states, String part, String tag) {
        List<Card> cards = kb.questions().stream()
                .filter(q -> part == null || part.isBlank() || q.noteId().equals(part))
                .filter(q -> tag == null || tag.isBlank() || q.tags().contains(tag))
                .map(q -> new Card(q, states.getOrDefault(q.id(), CardState.newCard(Instant.EPOCH))))
                .toList();
        return new QuizDeck(cards);
    }

    /**
     * The card to show at {@code now}: the due card that has been reviewed before and is the most overdue, else the
     * first new card in the bank's order (Anki's default: reviews before new cards). Empty when nothing is due.
     */
    Optional<Card> next(Instant now) {
        Optional<Card> review = cards.stream()
                .filter(c -> c.state().stage() != CardState.Stage.NEW && c.state().isDue(now))
                .min(Comparator.comparing(c -> c.state().due()));
        return review.isPresent() ? review
                : cards.stream().filter(c -> c.state().stage() == CardState.Stage.NEW).findFirst();
    }

    /** When the next card not due at {@code now} falls due. */
    Optional<Instant> nextDue(Instant now) {
        return cards.stream().map(c -> c.state().due()).filter(now::isBefore).min(Comparator.naturalOrder());
    }

    List<Question> questions() {
        return cards.stream().map(Card::question).toList();
    }

    List<CardState> states() {
        return cards.stream().map(Card::state).toList();
    }
}
