package dlprep.app.serve;

import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.ReviewLog;
import dlprep.kb.quiz.ReviewStats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quiz numbers for a deck: cards due now, cards due by the end of today (local time, new cards included),
 * reviews today and in all, the true retention ({@link ReviewStats#retention}) and the mastered cards.
 */
record QuizStats(int cards, long dueNow, long dueToday, long reviewsToday, long reviews, OptionalDouble retention,
                 long mastered) {

    static QuizStats of(QuizDeck deck, List<ReviewLog> log, Instant now, ZoneId zone) {
        Set<String> ids = deck.cards().stream().map(c -> c.question().id()).collect(Collectors.toSet());
        List<ReviewLog> mine = log.stream().filter(r -> ids.contains(r.cardId())).toList();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<CardState> states = deck.states();
        return new QuizStats(states.size(), ReviewStats.dueCount(states, now),
                states.stream().filter(s -> s.due().isBefore(endOfToday)).count(),
                mine.stream().filter(r -> !r.time().isBefore(startOfToday)).count(), mine.size(),
                ReviewStats.retention(mine), ReviewStats.masteredCount(states));
    }

    /** One line of HTML: the numbers, each with a class the tests and the stylesheet can find. */
    String html() {
        String kept = retention.isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * retention.getAsDouble()) : "–";
        return "<span class=\"due-now\">" + dueNow + "</span> due now · <span class=\"due-today\">" + dueToday
                + "</span> due today · reviews today <span class=\"reviews-today\">" + reviewsToday
                + "</span>, in all <span class=\"reviews\">" + reviews + "</span> · retention <span class=\"retention\">"
                + kept + "</span> · mastered <span class=\"mastered\">" + mastered + "</span> of " + cards;
    }
}
