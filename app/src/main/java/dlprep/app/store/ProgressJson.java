package dlprep.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.kb.QuestionParser;
import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.Rating;
import dlprep.kb.quiz.ReviewLog;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The export file of quiz progress, and reading it back with every field checked.
 *
 * <pre>
 * {"format": "dlprep-quiz-progress", "version": 1, "exported": "2026-11-27T08:00:00Z",
 *  "cards": {"det-nms": {"stage": "REVIEW", "stability": 3.71, "difficulty": 5.16, "due": "...",
 *                        "lastReview": "...", "reps": 2, "lapses": 0}, ...},
 *  "reviews": [{"question": "det-nms", "rating": "good", "time": "...", "before": {...}, "after": {...}}, ...]}
 * </pre>
 * Times are ISO-8601 instants (UTC); a new card's {@code lastReview} is null.
 */
public final class ProgressJson {

    public static final String FORMAT = "dlprep-quiz-progress";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProgressJson() {
    }

    public static String write(Progress progress, Instant exported) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION).put("exported", exported.toString());
        ObjectNode cards = root.putObject("cards");
        new TreeMap<>(progress.cards()).forEach((id, state) -> cards.set(id, state(state)));
        ArrayNode reviews = root.putArray("reviews");
        for (ReviewLog r : progress.reviews()) {
            ObjectNode node = reviews.addObject();
            node.put("question", r.cardId()).put("rating", r.rating().name().toLowerCase(Locale.ROOT))
                    .put("time", r.time().toString());
            node.set("before", state(r.before()));
            node.set("after", state(r.after()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The progress in {@code text}; anything wrong is an IllegalArgumentException naming the field and the problem. */
    public static Progress read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with \"format\": \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new IllegalArgumentException("format: expected \"" + FORMAT + "\" (a file exported by /quiz/export.json)");
        }
        if (!root.path("version").isInt() || root.get("version").asInt() != VERSION) {
            throw new IllegalArgumentException("version: expected " + VERSION + ", got " + root.path("version"));
        }
        JsonNode cardsNode = root.path("cards");
        if (!cardsNode.isObject()) {
            throw new IllegalArgumentException("cards: expected an object from question id to card state");
        }
        Map<String, CardState> cards = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : cardsNode.properties()) {
            cards.put(questionId(e.getKey(), "cards"), state(e.getValue(), "cards." + e.getKey()));
        }
        JsonNode reviewsNode = root.path("reviews");
        if (!reviewsNode.isArray()) {
            throw new IllegalArgumentException("reviews: expected an array");
        }
        List<ReviewLog> reviews = new ArrayList<>();
        for (int i = 0; i < reviewsNode.size(); i++) {
            String at = "reviews[" + i + "]";
            JsonNode r = reviewsNode.get(i);
            String id = questionId(text(r, "question", at), at + ".question");
            Rating rating;
            try {
                rating = Rating.valueOf(text(r, "rating", at).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ".rating: expected again, hard, good or easy");
            }
            reviews.add(new ReviewLog(id, rating, instant(r, "time", at), state(r.path("before"), at + ".before"),
                    state(r.path("after"), at + ".after")));
        }
        return new Progress(cards, reviews);
    }

    private static ObjectNode state(CardState s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("stage", s.stage().name()).put("stability", s.stability()).put("difficulty", s.difficulty())
                .put("due", s.due().toString())
                .put("lastReview", s.lastReview() == null ? null : s.lastReview().toString())
                .put("reps", s.reps()).put("lapses", s.lapses());
        return node;
    }

    private static CardState state(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(at + ": expected a card state object");
        }
        CardState.Stage stage;
        try {
            stage = CardState.Stage.valueOf(text(node, "stage", at));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ".stage: expected NEW, LEARNING, REVIEW or RELEARNING");
        }
        Instant lastReview = node.path("lastReview").isNull() ? null : instant(node, "lastReview", at);
        try {
            return new CardState(stage, number(node, "stability", at), number(node, "difficulty", at),
                    instant(node, "due", at), lastReview, count(node, "reps", at), count(node, "lapses", at));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage());
        }
    }

    private static String questionId(String id, String at) {
        if (!QuestionParser.ID.matcher(id).matches()) {
            throw new IllegalArgumentException(at + ": \"" + id + "\" is not a question id (lower-case letters, digits, -)");
        }
        return id;
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at + "." + field + ": expected a string");
        }
        return v.asText();
    }

    private static double number(JsonNode node, String field, String at) {
        JsonNode v = node.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException(at + "." + field + ": expected a number");
        }
        return v.asDouble();
    }

    private static int count(JsonNode node, String field, String at) {
        JsonNode v = node.path(field);
        if (!v.isInt()) {
            throw new IllegalArgumentException(at + "." + field + ": expected a whole number");
        }
        return v.asInt();
    }

    private static Instant instant(JsonNode node, String field, String at) {
        try {
            return Instant.parse(text(node, field, at));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(at + "." + field + ": expected an ISO-8601 instant such as "
                    + "2026-11-27T08:00:00Z");
        }
    }
}
