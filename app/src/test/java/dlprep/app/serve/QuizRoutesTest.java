package dlprep.app.serve;

import dlprep.app.NotesFolders;
import dlprep.app.store.Progress;
import dlprep.app.store.ProgressJson;
import dlprep.kb.quiz.CardState;
import dlprep.kb.quiz.FsrsParameters;
import dlprep.kb.quiz.Rating;
import dlprep.kb.quiz.ReviewLog;
import dlprep.kb.quiz.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quiz pages on a running viewer, a temporary data directory and a small notes folder written by the test:
 * due cards and ratings, the revealed answer, export and import, the Anki deck, and the CSRF guard of the POSTs.
 */
class QuizRoutesTest {

    private static final String SOFTMAX_TEX = "p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}";

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private Path notes;
    private SessionViewer viewer;

    @BeforeEach
    void start() throws IOException {
        notes = NotesFolders.create(dir.resolve("notes"));
        Files.writeString(notes.resolve("07-interview/01-basics.md"), """
                ---
                title: 基础面试题
                ---

                # 基础面试题

                ## 什么是 softmax?
                <!-- id: q-softmax; tags: math, classification -->

                **答案** softmax 把分数变成概率 $%s$.

                **公式**

                $$
                \\sum_i p_i = 1
                $$

                ## 什么是过拟合?
                <!-- id: q-overfit; tags: generalization -->

                **答案** 训练误差小而测试误差大, 见 [正则化](02-cnn.md).
                """.formatted(SOFTMAX_TEX));
        Files.writeString(notes.resolve("07-interview/02-cnn.md"), """
                ---
                title: 卷积面试题
                ---

                # 卷积面试题

                ## 感受野怎么算?
                <!-- id: cnn-receptive-field; tags: cnn, math -->

                **答案** 逐层递推.
                """);
        viewer = viewer("data");
    }

    private SessionViewer viewer(String dataDir) throws IOException {
        return new SessionViewer(notes, dir.resolve(dataDir).resolve("dlprep.db"), open);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static String stat(String page, String name) {
        Matcher m = Pattern.compile("<span class=\"" + name + "\">([^<]*)</span>").matcher(page);
        assertTrue(m.find(), name + " in\n" + page);
        return m.group(1);
    }

    @Test
    void newCardIsDueAndRatingItGoodMakesItNotDueAndTheDueCountDrops() {
        String page = viewer.get("/quiz").body();
        assertEquals("3", stat(page, "due-now"));
        assertTrue(page.contains("data-question=\"q-softmax\""), "new cards in the bank's order: " + page);
        HttpResponse<String> rated = viewer.form("/quiz/review", "id=q-softmax&reps=0&rating=3&part=&tag=");
        assertEquals(303, rated.statusCode(), rated.body());
        assertEquals("/quiz", rated.headers().firstValue("Location").orElseThrow());
        page = viewer.get("/quiz").body();
        assertEquals("2", stat(page, "due-now"));
        assertEquals("1", stat(page, "reviews-today"));
        assertTrue(page.contains("data-question=\"q-overfit\""), page);
        String home = viewer.get("/").body();
        assertEquals("2", stat(home, "due-now"));
        assertEquals("1", stat(home, "reviews"));
    }

    @Test
    void aSecondClickOnTheSamePageDoesNotRateTheCardTwice() {
        viewer.get("/quiz");
        viewer.form("/quiz/review", "id=q-softmax&reps=0&rating=3");
        viewer.form("/quiz/review", "id=q-softmax&reps=0&rating=1");
        assertEquals("1", stat(viewer.get("/quiz").body(), "reviews"));
    }

    @Test
    void aRatingOfAnUnknownQuestionOrOutOfRangeIs400() {
        viewer.get("/quiz");
        HttpResponse<String> unknown = viewer.form("/quiz/review", "id=no-such-question&reps=0&rating=3");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("no question with id 'no-such-question'"), unknown.body());
        HttpResponse<String> five = viewer.form("/quiz/review", "id=q-softmax&reps=0&rating=5");
        assertEquals(400, five.statusCode());
        assertTrue(five.body().contains("rating grade 5 is not one of 1 (again)"), five.body());
        assertEquals(400, viewer.form("/quiz/review", "id=q-softmax&reps=0&rating=good").statusCode());
        assertEquals("0", stat(viewer.get("/quiz").body(), "reviews"));
    }

    @Test
    void revealShowsTheAnswerRenderedAsOnTheNotePageWithItsMath() {
        String page = viewer.get("/quiz").body();
        assertTrue(page.contains("<details class=\"answer\">"), page);
        assertTrue(page.contains("<span class=\"math\">" + Html.escape(SOFTMAX_TEX) + "</span>"), page);
        assertTrue(page.contains("<span class=\"math display\">"), page);
        assertTrue(page.contains("/assets/katex/katex.min.js"), "the quiz page loads KaTeX");
        assertFalse(page.contains("训练误差小"), "only this question's section: " + page);
        String note = viewer.get("/notes/07-interview/01-basics.md").body();
        String answer = page.substring(page.indexOf("<div class=\"note\">") + "<div class=\"note\">".length(),
                page.indexOf("</div>", page.indexOf("<div class=\"note\">"))).strip();
        assertTrue(note.contains(answer), "the same HTML as the note page:\n" + answer);
    }

    /** A new card's previews: learning steps 1, 5 and 10 minutes; easy I(0.9, w3 = 13.8206) = 14 days. */
    @Test
    void ratingButtonsShowTheSchedulersIntervals() {
        String page = viewer.get("/quiz").body();
        assertTrue(page.contains("value=\"1\" class=\"rate-again\">Again <small>1 min</small>"), page);
        assertTrue(page.contains("value=\"2\" class=\"rate-hard\">Hard <small>5 min</small>"), page);
        assertTrue(page.contains("value=\"3\" class=\"rate-good\">Good <small>10 min</small>"), page);
        assertTrue(page.contains("value=\"4\" class=\"rate-easy\">Easy <small>14 d</small>"), page);
    }

    @Test
    void filtersByPartAndByTag() {
        String cnn = viewer.get("/quiz?part=" + Html.queryValue("07-interview/02-cnn.md")).body();
        assertTrue(cnn.contains("data-question=\"cnn-receptive-field\"") && cnn.contains("mastered <span class=\"mastered\">0</span> of 1"), cnn);
        String overfit = viewer.get("/quiz?tag=generalization").body();
        assertTrue(overfit.contains("data-question=\"q-overfit\"") && overfit.contains("of 1"), overfit);
        viewer.form("/quiz/review", "id=q-overfit&reps=0&rating=4&tag=generalization");
        String done = viewer.get("/quiz?tag=generalization").body();
        assertTrue(done.contains("Nothing due. The next card is due"), done);
        String math = viewer.get("/quiz?tag=math").body();
        assertEquals("2", stat(math, "due-now"));
        assertTrue(math.contains("mastered <span class=\"mastered\">0</span> of 2"), math);
    }

    @Test
    void exportThenImportIntoAnotherDataDirectoryRoundTrips() throws IOException {
        viewer.get("/quiz");
        viewer.form("/quiz/review", "id=q-softmax&reps=0&rating=3");
        viewer.form("/quiz/review", "id=q-overfit&reps=0&rating=4");
        HttpResponse<String> export = viewer.get("/quiz/export.json");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        Progress exported = ProgressJson.read(export.body());
        assertEquals(2, exported.cards().size());
        assertEquals(2, exported.reviews().size());

        SessionViewer other = viewer("other-data");
        other.get("/quiz");
        HttpResponse<String> imported = other.importJson(export.body());
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("Imported 2 of 2 card states"), imported.body());
        assertEquals(exported, ProgressJson.read(other.get("/quiz/export.json").body()));
        assertEquals("1", stat(other.get("/quiz").body(), "due-now"));
        assertTrue(other.importJson(export.body()).body().contains("0 of 2 reviews"), "importing twice adds nothing");
    }

    @Test
    void thePagesFileUploadImportsToo() throws IOException {
        viewer.get("/quiz");
        viewer.form("/quiz/review", "id=q-softmax&reps=0&rating=3");
        String json = viewer.get("/quiz/export.json").body();
        SessionViewer other = viewer("upload-data");
        other.get("/quiz");
        HttpResponse<String> r = other.upload(json);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Imported 1 of 1 card states"), r.body());
    }

    /** Years of daily reviews of the whole bank make a file of megabytes: larger than Javalin's default body limit. */
    @Test
    void aLargeProgressFileImportsAsJsonAndAsUpload() throws IOException {
        Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULT);
        List<ReviewLog> reviews = new ArrayList<>();
        CardState card = CardState.newCard(Instant.EPOCH);
        Instant t = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < 8000; i++) {
            CardState after = scheduler.review(card, Rating.GOOD, t);
            reviews.add(new ReviewLog("q-softmax", Rating.GOOD, t, card, after));
            card = after;
            t = t.plus(Duration.ofHours(6));
        }
        String json = ProgressJson.write(new Progress(Map.of("q-softmax", card), reviews), t);
        assertTrue(json.length() > 4_000_000, "size " + json.length());
        viewer.get("/quiz");
        HttpResponse<String> r = viewer.importJson(json);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("8000 of 8000 reviews"), r.body());
        SessionViewer other = viewer("upload-large");
        other.get("/quiz");
        assertEquals(200, other.upload(json).statusCode());
        assertEquals("8000", stat(other.get("/quiz").body(), "reviews"));
    }

    @Test
    void aBadImportIs400WithTheReasonAndChangesNothing() {
        viewer.get("/quiz");
        HttpResponse<String> notJson = viewer.importJson("{ not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("not JSON"), notJson.body());
        HttpResponse<String> wrongFormat = viewer.importJson("{\"format\": \"anki\"}");
        assertEquals(400, wrongFormat.statusCode());
        assertTrue(wrongFormat.body().contains("format: expected &quot;dlprep-quiz-progress&quot;"), wrongFormat.body());
        HttpResponse<String> badCard = viewer.importJson("""
                {"format": "dlprep-quiz-progress", "version": 1, "cards": {"q-softmax": {"stage": "REVIEW",
                 "stability": -3, "difficulty": 5, "due": "2026-11-27T08:00:00Z", "lastReview": "2026-11-26T08:00:00Z",
                 "reps": 1, "lapses": 0}}, "reviews": []}
                """);
        assertEquals(400, badCard.statusCode());
        assertTrue(badCard.body().contains("cards.q-softmax: stability = -3.0 must be a positive number of days"),
                badCard.body());
        assertEquals("0", stat(viewer.get("/quiz").body(), "reviews"));
    }

    @Test
    void postWithoutTheTokenOrWithAWrongOneIs403() {
        viewer.get("/quiz");
        String fields = "id=q-softmax&reps=0&rating=3";
        HttpResponse<String> noToken = viewer.post("/quiz/review", "application/x-www-form-urlencoded", fields,
                viewer.origin(), viewer.cookie);
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains("session token"), noToken.body());
        HttpResponse<String> noCookie = viewer.post("/quiz/review", "application/x-www-form-urlencoded",
                "csrf=" + viewer.token + "&" + fields, viewer.origin(), null);
        assertEquals(403, noCookie.statusCode());
        HttpResponse<String> otherSession = viewer.post("/quiz/review", "application/x-www-form-urlencoded",
                "csrf=" + "A".repeat(43) + "&" + fields, viewer.origin(), viewer.cookie);
        assertEquals(403, otherSession.statusCode());
        assertEquals("0", stat(viewer.get("/quiz").body(), "reviews"));
    }

    @Test
    void postFromAForeignOriginOrWithoutOriginIs403() {
        viewer.get("/quiz");
        String fields = "csrf=" + viewer.token + "&id=q-softmax&reps=0&rating=3";
        HttpResponse<String> foreign = viewer.post("/quiz/review", "application/x-www-form-urlencoded", fields,
                "http://evil.example", viewer.cookie);
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.body().contains("Origin 'http://evil.example'"), foreign.body());
        HttpResponse<String> none = viewer.post("/quiz/review", "application/x-www-form-urlencoded", fields, null,
                viewer.cookie);
        assertEquals(403, none.statusCode());
        HttpResponse<String> importForeign = viewer.post("/quiz/import", "application/json", "{}",
                "http://127.0.0.1:1", viewer.cookie);
        assertEquals(403, importForeign.statusCode());
        assertEquals("0", stat(viewer.get("/quiz").body(), "reviews"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrict() {
        String setCookie = viewer.get("/quiz").headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith(CsrfGuard.COOKIE + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
    }

    @Test
    void deckIsAnAnkiTextFileWithHtmlAnswersMathAndTags() {
        HttpResponse<String> deck = viewer.get("/quiz/deck.tsv");
        assertEquals(200, deck.statusCode());
        String tsv = deck.body();
        assertTrue(tsv.startsWith("#separator:tab\n#html:true\n#notetype:Basic\n#deck:DL-Prep\n"), tsv);
        assertTrue(tsv.contains("#tags column:3\n"), tsv);
        assertTrue(tsv.contains("\\(" + Html.escape(SOFTMAX_TEX) + "\\)"), "inline math in MathJax delimiters: " + tsv);
        assertTrue(tsv.contains("\\[\n\\sum_i p_i = 1\n\\]"), tsv);
        assertTrue(tsv.contains("href=\"\"http://127.0.0.1:" + viewer.port + "/notes/07-interview/02-cnn.md\"\""),
                "links absolute, quotes doubled inside the quoted field: " + tsv);
        assertTrue(tsv.contains("什么是 softmax?\t\""), tsv);
        assertTrue(tsv.contains("\"\tmath classification\n"), tsv);
    }
}
