package dlprep.app.serve;

import dlprep.kb.KnowledgeBase;
import dlprep.kb.Note;
import dlprep.kb.Part;
import dlprep.kb.Question;
import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.Rating;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The quiz page: the filters, the numbers, and the next due card: its question, a reveal control that shows the
 * answer (rendered as on the note page, math included) and the four rating buttons, each with the interval the
 * scheduler would give; below, export and import of the progress and the Anki deck.
 */
final class QuizPage {

    private static final Map<Rating, String> LABELS = Map.of(Rating.AGAIN, "Again", Rating.HARD, "Hard",
            Rating.GOOD, "Good", Rating.EASY, "Easy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the page shows: the deck's card (if one is due), the previews of its four answers, the filters. */
    record View(KnowledgeBase kb, QuizDeck deck, QuizStats stats, Optional<QuizDeck.Card> card,
                Map<Rating, CardState> preview, String answerHtml, String part, String tag, String token,
                Instant now, ZoneId zone) {
    }

    private QuizPage() {
    }

    static String render(View v) {
        StringBuilder sb = new StringBuilder("<h1>Quiz</h1>\n");
        sb.append("<p class=\"summary quiz-stats\">").append(v.stats().html()).append("</p>\n");
        sb.append(filters(v));
        if (v.card().isPresent()) {
            sb.append(card(v, v.card().get()));
        } else {
            sb.append("<p class=\"quiz-done\">Nothing due").append(v.deck().cards().isEmpty() ? " (no question matches)" : "")
                    .append(". ");
            v.deck().nextDue(v.now()).ifPresent(t -> sb.append("The next card is due ")
                    .append(WHEN.format(t.atZone(v.zone()))).append(" (").append(interval(Duration.between(v.now(), t)))
                    .append(" from now)."));
            sb.append("</p>\n");
        }
        sb.append(progressForms(v.token()));
        return Layout.page("Quiz", "", true, sb.toString());
    }

    private static String filters(View v) {
        StringBuilder sb = new StringBuilder("<form class=\"quiz-filter\" method=\"get\" action=\"/quiz\">\n")
                .append("<label>Part <select name=\"part\"><option value=\"\">all interview files</option>\n");
        for (Note n : v.kb().notesOf(Part.of(Part.INTERVIEW).orElseThrow())) {
            sb.append(option(n.id(), n.frontMatter().title(), n.id().equals(v.part())));
        }
        sb.append("</select></label>\n<label>Tag <select name=\"tag\"><option value=\"\">all tags</option>\n");
        TreeSet<String> tags = new TreeSet<>();
        v.kb().questions().forEach(q -> tags.addAll(q.tags()));
        for (String t : tags) {
            sb.append(option(t, t, t.equals(v.tag())));
        }
        return sb.append("</select></label>\n<button type=\"submit\">Filter</button>\n</form>\n").toString();
    }

    private static String option(String value, String text, boolean selected) {
        return "<option value=\"" + Html.escape(value) + "\"" + (selected ? " selected" : "") + ">" + Html.escape(text)
                + "</option>\n";
    }

    private static String card(View v, QuizDeck.Card card) {
        Question q = card.question();
        String source = ViewerLinks.note(q.noteId()) + "#" + q.anchor();
        StringBuilder sb = new StringBuilder("<article class=\"quiz-card\" data-question=\"")
                .append(Html.escape(q.id())).append("\">\n<p class=\"card-meta\"><a href=\"").append(Html.escape(source))
                .append("\">").append(Html.escape(q.id())).append("</a>");
        for (String t : q.tags()) {
            sb.append(" <span class=\"tag\">").append(Html.escape(t)).append("</span>");
        }
        sb.append(" · ").append(card.state().stage().name().toLowerCase(Locale.ROOT)).append("</p>\n<h2>")
                .append(Html.escape(q.title())).append("</h2>\n<details class=\"answer\">\n<summary>显示答案 (reveal)</summary>\n")
                .append("<div class=\"note\">\n").append(v.answerHtml()).append("\n</div>\n")
                .append("<form class=\"ratings\" method=\"post\" action=\"/quiz/review\">\n")
                .append(hidden(CsrfGuard.FIELD, v.token())).append(hidden("id", q.id()))
                .append(hidden("reps", String.valueOf(card.state().reps()))).append(hidden("part", nonNull(v.part())))
                .append(hidden("tag", nonNull(v.tag())));
        for (Rating r : Rating.values()) {
            Duration in = Duration.between(v.now(), v.preview().get(r).due());
            sb.append("<button type=\"submit\" name=\"rating\" value=\"").append(r.grade()).append("\" class=\"rate-")
                    .append(r.name().toLowerCase(Locale.ROOT)).append("\">").append(LABELS.get(r))
                    .append(" <small>").append(interval(in)).append("</small></button>\n");
        }
        return sb.append("</form>\n</details>\n</article>\n").toString();
    }

    private static String progressForms(String token) {
        return """
                <section class="quiz-progress">
                <h2>Progress</h2>
                <p><a href="/quiz/export.json" download>Export progress (JSON)</a> · \
                <a href="/quiz/deck.tsv" download>Deck for Anki (TSV)</a></p>
                <form method="post" action="/quiz/import" enctype="multipart/form-data">
                %s<label>Import progress <input type="file" name="file" accept=".json,application/json" required></label>
                <button type="submit">Import</button>
                </form>
                </section>
                """.formatted(hidden(CsrfGuard.FIELD, token));
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">\n";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** An interval as Anki writes it on its buttons: minutes, hours, days, months or years. */
    static String interval(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0));
        double days = d.toSeconds() / 86_400.0;
        if (minutes < 60) {
            return minutes + " min";
        }
        if (days < 1) {
            return Math.round(minutes / 60.0) + " h";
        }
        if (days < 30) {
            return Math.round(days) + " d";
        }
        if (days < 365) {
            return String.format(Locale.ROOT, "%.1f mo", days / 30);
        }
        return String.format(Locale.ROOT, "%.1f y", days / 365);
    }

    /** A page for the result of an import or an error, with a way back to the quiz. */
    static String message(String title, String text) {
        return Layout.page(title, "", false, "<h1>" + Html.escape(title) + "</h1>\n<p class=\"message\">"
                + Html.escape(text) + "</p>\n<p><a href=\"/quiz\">Back to the quiz</a></p>\n");
    }

    /** The quiz line on the home page. */
    static String homeProgress(QuizStats stats) {
        return "<p class=\"summary quiz-stats\"><a href=\"/quiz\">Quiz</a>: " + stats.html() + "</p>\n";
    }
}
