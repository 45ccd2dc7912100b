package dlprep.kb.quiz;

import dlprep.kb.quiz.CardState.Stage;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The quiz scheduler: FSRS-4.5 (the algorithm Anki uses since 23.10) for the memory state, with the short
 * learning steps of py-fsrs 2.x, the FSRS-4.5 release of open-spaced-repetition/py-fsrs. The formulas, their
 * source and the default weights are in {@link MemoryModel} and {@link FsrsParameters}.
 *
 * <ul>
 *   <li>New card: S = S0(G), D = D0(G). Again, hard and good enter learning, due in 1, 5 and 10 minutes; easy goes
 *       straight to review, due in I(r, S) days.</li>
 *   <li>Learning and relearning: again and hard stay, due in 5 and 10 minutes; good graduates to review in I(r, S)
 *       days, easy in at least one day more than good.</li>
 *   <li>Review: again is a lapse (lapses + 1) and starts relearning, due in 5 minutes; hard, good and easy get
 *       I(r, S') days, ordered hard &le; good &lt; easy as py-fsrs orders them.</li>
 *   <li>Elapsed time t is counted in whole days of 24 hours since the last review. A review less than a day after
 *       the previous one (t = 0) leaves S and D unchanged: FSRS-4.5 has no short-term memory model, and fsrs-rs's
 *       {@code next_states} keeps the memory state of a same-day review.</li>
 *   <li>No fuzz: the same card, rating and time always give the same result.</li>
 * </ul>
 */
public final class Scheduler {

    private static final Duration AGAIN_STEP_NEW = Duration.ofMinutes(1);
    private static final Duration HARD_STEP_NEW = Duration.ofMinutes(5);
    private static final Duration GOOD_STEP_NEW = Duration.ofMinutes(10);
    private static final Duration AGAIN_STEP = Duration.ofMinutes(5);
    private static final Duration HARD_STEP = Duration.ofMinutes(10);
    private static final double SECONDS_PER_DAY = 86_400;

    private final FsrsParameters parameters;
    private final MemoryModel model;

    public Scheduler(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.model = new MemoryModel(parameters);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The card after answering it with {@code rating} at {@code now}. */
    public CardState review(CardState card, Rating rating, Instant now) {
        return preview(card, now).get(rating);
    }

    /** The card after each of the four answers at {@code now}: the quiz shows each one's due time on its button. */
    public Map<Rating, CardState> preview(CardState card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        if (card.lastReview() != null && now.isBefore(card.lastReview())) {
            throw new IllegalArgumentException("review at " + now + " is before the card's last review at "
                    + card.lastReview());
        }
        Map<Rating, double[]> memory = nextMemory(card, now);
        Map<Rating, CardState> next = new EnumMap<>(Rating.class);
        switch (card.stage()) {
            case NEW -> {
                next.put(Rating.AGAIN, after(card, memory.get(Rating.AGAIN), Stage.LEARNING, now.plus(AGAIN_STEP_NEW), now));
                next.put(Rating.HARD, after(card, memory.get(Rating.HARD), Stage.LEARNING, now.plus(HARD_STEP_NEW), now));
                next.put(Rating.GOOD, after(card, memory.get(Rating.GOOD), Stage.LEARNING, now.plus(GOOD_STEP_NEW), now));
                next.put(Rating.EASY, after(card, memory.get(Rating.EASY), Stage.REVIEW,
                        plusDays(now, interval(memory, Rating.EASY)), now));
            }
            case LEARNING, RELEARNING -> {
                int good = interval(memory, Rating.GOOD);
                int easy = capped(Math.max(interval(memory, Rating.EASY), good + 1));
                next.put(Rating.AGAIN, after(card, memory.get(Rating.AGAIN), card.stage(), now.plus(AGAIN_STEP), now));
                next.put(Rating.HARD, after(card, memory.get(Rating.HARD), card.stage(), now.plus(HARD_STEP), now));
                next.put(Rating.GOOD, after(card, memory.get(Rating.GOOD), Stage.REVIEW, plusDays(now, good), now));
                next.put(Rating.EASY, after(card, memory.get(Rating.EASY), Stage.REVIEW, plusDays(now, easy), now));
            }
            case REVIEW -> {
                int hard = Math.min(interval(memory, Rating.HARD), interval(memory, Rating.GOOD));
                int good = capped(Math.max(interval(memory, Rating.GOOD), hard + 1));
                int easy = capped(Math.max(interval(memory, Rating.EASY), good + 1));
                double[] forgot = memory.get(Rating.AGAIN);
                next.put(Rating.AGAIN, new CardState(Stage.RELEARNING, forgot[0], forgot[1], now.plus(AGAIN_STEP), now,
                        card.reps() + 1, card.lapses() + 1));
                next.put(Rating.HARD, after(card, memory.get(Rating.HARD), Stage.REVIEW, plusDays(now, hard), now));
                next.put(Rating.GOOD, after(card, memory.get(Rating.GOOD), Stage.REVIEW, plusDays(now, good), now));
                next.put(Rating.EASY, after(card, memory.get(Rating.EASY), Stage.REVIEW, plusDays(now, easy), now));
            }
        }
        return next;
    }

    /**
     * R(t, S) at {@code now}, with t in fractional days since the last review (for display; the review update counts
     * whole days). A new card has nothing to recall yet: 0.
     */
    public double retrievability(CardState card, Instant now) {
        if (card.stage() == Stage.NEW) {
            return 0;
        }
        if (now.isBefore(card.lastReview())) {
            throw new IllegalArgumentException("time " + now + " is before the card's last review at " + card.lastReview());
        }
        double days = Duration.between(card.lastReview(), now).toSeconds() / SECONDS_PER_DAY;
        return MemoryModel.retrievability(days, card.stability());
    }

    /** {S, D} after each rating, by the FSRS-4.5 formulas. */
    private Map<Rating, double[]> nextMemory(CardState card, Instant now) {
        Map<Rating, double[]> memory = new EnumMap<>(Rating.class);
        for (Rating g : Rating.values()) {
            if (card.stage() == Stage.NEW) {
                memory.put(g, new double[] {model.initialStability(g), model.initialDifficulty(g)});
                continue;
            }
            long days = Duration.between(card.lastReview(), now).toDays();
            if (days == 0) {
                memory.put(g, new double[] {card.stability(), card.difficulty()});
                continue;
            }
            double r = MemoryModel.retrievability(days, card.stability());
            double s = g == Rating.AGAIN
                    ? model.forgetStability(card.difficulty(), card.stability(), r)
                    : model.recallStability(card.difficulty(), card.stability(), r, g);
            memory.put(g, new double[] {s, model.nextDifficulty(card.difficulty(), g)});
        }
        return memory;
    }

    private int interval(Map<Rating, double[]> memory, Rating g) {
        return model.intervalDays(memory.get(g)[0]);
    }

    private int capped(int days) {
        return Math.min(days, parameters.maximumInterval());
    }

    private static Instant plusDays(Instant now, int days) {
        return now.plus(Duration.ofDays(days));
    }

    private static CardState after(CardState card, double[] memory, Stage stage, Instant due, Instant now) {
        return new CardState(stage, memory[0], memory[1], due, now, card.reps() + 1, card.lapses());
    }
}
