package dlprep.app.serve;

import dlprep.app.store.Progress;
import dlprep.app.store.ProgressJson;
import dlprep.app.store.QuizStore;
import dlprep.app.store.StoreException;
import dlprep.kb.Question;
import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.FsrsParameters;
import dlprep.kb.quiz.Rating;
import dlprep.kb.quiz.ReviewLog;
import dlprep.kb.quiz.Scheduler;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The quiz's routes: {@code GET /quiz[?part=&tag=]} the next due card, {@code POST /quiz/review} an answer,
 * {@code GET /quiz/export.json} the progress, {@code POST /quiz/import} progress back (a JSON body, or the page's
 * file upload), {@code GET /quiz/deck.tsv} the deck for Anki. The POSTs pass {@link CsrfGuard} first; the
 * scheduler is FSRS-4.5 with its default weights ({@link Scheduler}).
 */
final class QuizRoutes {

    private static final long MAX_IMPORT_BYTES = 64L << 20;

    private final Library library;
    private final QuizStore store;
    private final Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULT);
    private final Clock clock;

    QuizRoutes(Library library, QuizStore store, Clock clock) {
        this.library = library;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The routes, and a request size limit that fits an import: years of reviews of the whole bank are a few
     * megabytes of JSON, more than Javalin's default of 1 MB.
     */
    void register(JavalinConfig config) {
        config.http.maxRequestSize = MAX_IMPORT_BYTES;
        config.jetty.multipartConfig.maxFileSize(MAX_IMPORT_BYTES, SizeUnit.BYTES);
        RoutesConfig routes = config.routes;
        routes.get("/quiz", this::quiz);
        routes.post("/quiz/review", this::review);
        routes.get("/quiz/export.json", this::export);
        routes.post("/quiz/import", this::importProgress);
        routes.get("/quiz/deck.tsv", this::deck);
        routes.exception(StoreException.class, (e, ctx) -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                .html(QuizPage.message("Progress store unavailable", e.getMessage())));
    }

    /** The quiz line of the home page, for the whole bank. */
    String homeProgress() {
        Progress p = store.progress();
        QuizDeck deck = QuizDeck.of(library.current().kb, p.cards(), null, null);
        return QuizPage.homeProgress(QuizStats.of(deck, p.reviews(), now(), clock.getZone()));
    }

    /** Millisecond precision: what the store keeps, so a state read back equals the state written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void quiz(Context ctx) {
        String part = ctx.queryParam("part");
        String tag = ctx.queryParam("tag");
        Library.Snapshot snapshot = library.current();
        Progress p = store.progress();
        Instant now = now();
        QuizDeck deck = QuizDeck.of(snapshot.kb, p.cards(), part, tag);
        Optional<QuizDeck.Card> card = deck.next(now);
        Map<Rating, CardState> preview = card.map(c -> scheduler.preview(c.state(), now)).orElse(Map.of());
        String answer = card.map(c -> QuizAnswer.html(snapshot, c.question())).orElse("");
        ctx.header("Cache-Control", "no-store");
        ctx.html(QuizPage.render(new QuizPage.View(snapshot.kb, deck, QuizStats.of(deck, p.reviews(), now, clock.getZone()),
                card, preview, answer, part, tag, CsrfGuard.token(ctx), now, clock.getZone())));
    }

    /** Synchronized: two clicks arriving together must not both pass the reps check below. */
    private synchronized void review(Context ctx) {
        CsrfGuard.check(ctx);
        String id = ctx.formParam("id");
        Question q = id == null ? null : library.current().kb.questionsById().get(id);
        if (q == null) {
            throw new BadRequestResponse("no question with id '" + id + "' in the bank");
        }
        Rating rating;
        try {
            rating = Rating.of(Integer.parseInt(String.valueOf(ctx.formParam("rating"))));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("rating '" + ctx.formParam("rating") + "' is not one of 1 (again), 2 (hard), "
                    + "3 (good), 4 (easy)");
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        Instant now = now();
        CardState before = store.cards().getOrDefault(id, CardState.newCard(Instant.EPOCH));
        // A second click on the same page (reps already moved on) must not rate the card twice.
        if (String.valueOf(before.reps()).equals(ctx.formParam("reps"))) {
            try {
                store.record(new ReviewLog(id, rating, now, before, scheduler.review(before, rating, now)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
        }
        ctx.redirect(quizUrl(ctx.formParam("part"), ctx.formParam("tag")), HttpStatus.SEE_OTHER);
    }

    private void export(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"dlprep-progress.json\"");
        ctx.contentType("application/json; charset=utf-8").result(ProgressJson.write(store.progress(), now()));
    }

    private void importProgress(Context ctx) throws IOException {
        CsrfGuard.check(ctx);
        String text;
        if (ctx.isMultipartFormData()) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                throw new BadRequestResponse("import: choose the exported progress file (.json) to upload");
            }
            try (InputStream in = file.content()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else {
            text = ctx.body();
        }
        Progress imported;
        try {
            imported = ProgressJson.read(text);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).html(QuizPage.message("Import failed",
                    "The file was not imported, nothing changed: " + e.getMessage()));
            return;
        }
        Progress taken = store.merge(imported);
        ctx.html(QuizPage.message("Progress imported", "Imported " + taken.cards().size() + " of "
                + imported.cards().size() + " card states (a stored card reviewed later is kept) and "
                + taken.reviews().size() + " of " + imported.reviews().size() + " reviews (the others were stored already)."));
    }

    private void deck(Context ctx) {
        Library.Snapshot snapshot = library.current();
        QuizDeck deck = QuizDeck.of(snapshot.kb, Map.of(), ctx.queryParam("part"), ctx.queryParam("tag"));
        ctx.header("Content-Disposition", "attachment; filename=\"dlprep-deck.tsv\"");
        ctx.contentType("text/tab-separated-values; charset=utf-8")
                .result(AnkiDeck.tsv(snapshot, deck.questions(), "http://" + ctx.header("Host")));
    }

    private static String quizUrl(String part, String tag) {
        StringBuilder url = new StringBuilder("/quiz");
        String sep = "?";
        if (part != null && !part.isBlank()) {
            url.append(sep).append("part=").append(Html.queryValue(part));
            sep = "&";
        }
        if (tag != null && !tag.isBlank()) {
            url.append(sep).append("tag=").append(Html.queryValue(tag));
        }
        return url.toString();
    }
}
