package dlprep.app.serve;

import dlprep.app.NotesFolders;
import dlprep.app.store.Database;
import dlprep.app.store.RunStore;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The experiment routes against a running viewer: list, form, validation, a tiny training run followed over
 * server-sent events into the history (the database's, as {@code dlprep serve} keeps it), one run at a time (409),
 * Cancel, and the CSRF checks. Trainings use the
 * committed Fashion-MNIST subset (DLPREP_DATA, set by surefire) with {@code --limit 200} and one or two epochs;
 * the run that must stay busy has batch size 1 and 1000 epochs and is cancelled at once.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExperimentsServerTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;
    private Database db;
    private RunStore history;
    private ViewerServer server;
    private HttpClient http;
    private String origin;

    @BeforeEach
    void start() throws IOException {
        Path notes = NotesFolders.create(dir.resolve("notes"));
        db = Database.open(dir.resolve("data/dlprep.db"));
        history = new RunStore(db, Clock.systemUTC());
        server = ViewerServer.start(new Library(notes, Duration.ZERO), history, Optional.empty(), Optional.empty(),
                "127.0.0.1", 0);
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        origin = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void listShowsEveryRegisteredExperimentByChapter() {
        String page = get("/experiments").body();
        for (Experiment e : Experiments.all()) {
            assertTrue(page.contains("<a href=\"/experiments/" + e.id() + "\">" + e.id() + "</a>"), e.id());
        }
        assertTrue(page.contains("<h2>" + Experiments.all().get(0).chapter() + "</h2>"), page);
    }

    @Test
    void formIsFilledWithTheDefaults() {
        // SoftmaxConcise.defaults(): 10 epochs, lr 0.1, batch 256, seed 0, limit 0
        String page = get("/experiments/softmax-concise").body();
        for (String field : List.of("name=\"epochs\" value=\"10\"", "name=\"lr\" value=\"0.1\"",
                "name=\"batch_size\" value=\"256\"", "name=\"seed\" value=\"0\"", "name=\"limit\" value=\"0\"")) {
            assertTrue(page.contains(field), field);
        }
        assertTrue(page.contains("action=\"/experiments/softmax-concise/run\""), page);
    }

    @Test
    void outOfRangeOrMalformedValuesGiveTheFormAgainWithTheMessage() {
        HttpResponse<String> tooBig = start("softmax-concise", form("500", "1", "200"));
        assertEquals(400, tooBig.statusCode());
        assertTrue(tooBig.body().contains("--lr must be greater than 0 and at most 100, got 500.0"), tooBig.body());
        assertTrue(tooBig.body().contains("name=\"lr\" value=\"500\""), "the form keeps what was typed");
        HttpResponse<String> word = start("softmax-concise", form("fast", "1", "200"));
        assertEquals(400, word.statusCode());
        assertTrue(word.body().contains("learning rate must be a number, got &#39;fast&#39;"), word.body());
        assertEquals(0, history.all().size());
    }

    @Test
    void aDrawingExperimentsPageShowsItsFigureServedAsSvg() {
        String page = get("/experiments/ill-conditioning").body();
        String src = "/experiments/ill-conditioning/figure.svg?batch_size=1&amp;epochs=20&amp;limit=0&amp;lr=0.4&amp;seed=0";
        assertTrue(page.contains("<img src=\"" + src + "\""), page);
        HttpResponse<String> svg = get(src.replace("&amp;", "&"));
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
        // two panels (lr 0.4 and 0.6): two paths with 21 markers each, over the contour lines
        assertEquals(2, svg.body().split("<polyline", -1).length - 1 - axisTicks(svg.body()), svg.body().length() + "");
        assertEquals(42, svg.body().split("<circle", -1).length - 1);
        // a missing field takes its default; --lr replaces the two runs by one
        assertEquals(21, get("/experiments/ill-conditioning/figure.svg?lr=0.3").body().split("<circle", -1).length - 1);
        HttpResponse<String> bad = get("/experiments/ill-conditioning/figure.svg?batch_size=8");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().startsWith("--batch-size has no meaning for ill-conditioning"), bad.body());
        assertEquals(400, get("/experiments/ill-conditioning/figure.svg?lr=fast").statusCode());
        assertEquals(404, get("/experiments/softmax-concise/figure.svg").statusCode());
        assertFalse(get("/experiments/softmax-concise").body().contains("figure.svg"));
    }

    /** The polylines of tick marks and legend samples: those with exactly two points. */
    private static int axisTicks(String svg) {
        return (int) Pattern.compile("<polyline[^>]*points=\"[^ \"]+ [^ \"]+\"/>").matcher(svg).results().count();
    }

    @Test
    void unknownExperimentIs404() {
        assertEquals(404, get("/experiments/no-such-experiment").statusCode());
        assertEquals(404, start("no-such-experiment", form("0.1", "1", "200")).statusCode());
        assertEquals(404, get("/runs/99").statusCode());
    }

    @Test
    void aTinyRunStreamsStepsEpochsAndItsResultAndIsStored() throws IOException {
        HttpResponse<String> started = start("softmax-concise", form("0.1", "1", "200"));
        assertEquals(303, started.statusCode(), started.body());
        String runPage = started.headers().firstValue("Location").orElseThrow();
        assertTrue(get(runPage).body().contains("data-events=\"" + runPage + "/events\""));
        Map<String, String> events = readEvents(runPage + "/events", "result");
        assertTrue(events.containsKey("started") && events.containsKey("step") && events.containsKey("epoch"),
                events.keySet().toString());
        assertTrue(events.get("result").contains("\"experiment\":\"softmax-concise\""), events.get("result"));
        assertTrue(events.get("result").contains("\"test_acc\""), events.get("result"));
        assertTrue(events.get("result").contains("\"run\":1"), events.get("result"));
        assertEquals(1, history.all().size());
        assertTrue(get("/history").body().contains("<td>softmax-concise</td>"));
        assertTrue(get("/experiments/softmax-concise").body().contains("<a href=\"/history?compare=1\">#1</a>"));
        String compared = get("/history?compare=1").body();
        assertTrue(compared.contains("id=\"compare-data\"") && compared.contains("\"test_loss\":["), compared);

        stop();
        start();
        assertEquals(compared, get("/history?compare=1").body(), "the history is kept when the viewer starts again");
    }

    @Test
    void aSecondStartWhileOneRunsIs409AndCancelFreesTheThread() {
        // batch size 1, the whole subset and 1000 epochs: a million steps, far longer than this test; it is
        // cancelled as soon as it trains
        HttpResponse<String> held = start("softmax-concise", Map.of("epochs", "1000", "lr", "0.01", "batch_size", "1",
                "seed", "0", "limit", "0"));
        assertEquals(303, held.statusCode(), held.body());
        String runPage = held.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> second = start("linreg-concise", form("0.03", "1", "200"));
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("Only one training run at a time"), second.body());
        assertTrue(second.body().contains("href=\"" + runPage + "\""), second.body());

        readEvents(runPage + "/events", "step"); // it is training
        assertEquals(303, post(runPage + "/cancel", Map.of(), origin).statusCode());
        Map<String, String> events = readEvents(runPage + "/events", "cancelled");
        assertFalse(events.containsKey("result"), "it stopped long before its 1000 epochs");
        assertEquals(0, history.all().size(), "a cancelled run is not stored");

        HttpResponse<String> next = start("linreg-concise", form("0.03", "1", "200"));
        assertEquals(303, next.statusCode(), next.body());
        readEvents(next.headers().firstValue("Location").orElseThrow() + "/events", "result");
        assertEquals(1, history.all().size());
    }

    @Test
    void aPageThatClosesItsStreamLeavesTheRunGoingToItsEnd() throws InterruptedException {
        HttpResponse<String> started = start("softmax-concise", form("0.1", "2", "200"));
        String events = started.headers().firstValue("Location").orElseThrow() + "/events";
        HttpResponse<Stream<String>> response = send(HttpRequest.newBuilder(URI.create(origin + events))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            assertEquals("event: started", lines.iterator().next());
        } // the browser goes away after the first event
        for (int i = 0; i < 600 && history.all().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals(1, history.all().size(), "the run finished and was stored without a reader");
        assertEquals(303, start("linreg-concise", form("0.03", "1", "200")).statusCode(), "and the thread is free");
    }

    @Test
    void aRunThatFailsSaysWhyStoresNothingAndFreesTheThread() {
        // linreg-closed-form has no learning rate: UnusedOptions rejects one that differs from its default
        HttpResponse<String> started = start("linreg-closed-form", Map.of("epochs", "1", "lr", "0.5",
                "batch_size", "1", "seed", "0", "limit", "0"));
        assertEquals(303, started.statusCode(), started.body());
        Map<String, String> events = readEvents(started.headers().firstValue("Location").orElseThrow() + "/events", "failed");
        assertTrue(events.get("failed").contains("--lr has no meaning for linreg-closed-form"), events.get("failed"));
        assertEquals(0, history.all().size());
        assertEquals(303, start("linreg-concise", form("0.03", "1", "200")).statusCode());
    }

    @Test
    void theSessionKeepsOneTokenAcrossPages() {
        String first = token();
        assertEquals(first, token());
        String otherBrowsers = token(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        assertNotEquals(first, otherBrowsers);
        assertEquals(43, otherBrowsers.length(), "32 random bytes in URL-safe Base64");
    }

    @Test
    void postsFromAnotherOriginOrWithoutTheTokenAre403() {
        get("/experiments/linreg-concise"); // sets the session cookie
        assertEquals(403, post("/experiments/linreg-concise/run", form("0.03", "1", "200"), "http://evil.example").statusCode());
        assertEquals(403, post("/experiments/linreg-concise/run", form("0.03", "1", "200"), null).statusCode());
        Map<String, String> withoutToken = new LinkedHashMap<>(form("0.03", "1", "200"));
        assertEquals(403, post("/experiments/linreg-concise/run", withoutToken, origin).statusCode());
        withoutToken.put("csrf", "A".repeat(43));
        assertEquals(403, post("/experiments/linreg-concise/run", withoutToken, origin).statusCode());
        assertEquals(403, post("/runs/1/cancel", Map.of(), "http://evil.example").statusCode());
        assertEquals(0, history.all().size());
    }

    private static Map<String, String> form(String lr, String epochs, String limit) {
        return Map.of("epochs", epochs, "lr", lr, "batch_size", "32", "seed", "0", "limit", limit);
    }

    /** POSTs the form to start {@code id}, with the session token from the experiment's page. */
    private HttpResponse<String> start(String id, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("csrf", token());
        return post("/experiments/" + id + "/run", withToken, origin);
    }

    private String token() {
        return token(http);
    }

    private String token(HttpClient browser) {
        HttpRequest page = HttpRequest.newBuilder(URI.create(origin + "/experiments/linreg-concise")).build();
        Matcher m = TOKEN.matcher(send(browser, page, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        assertTrue(m.find(), "the form carries the session token");
        return m.group(1);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, String originHeader) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        if (path.endsWith("/cancel") && !body.containsKey("csrf") && originHeader != null && originHeader.equals(origin)) {
            body.put("csrf", token());
        }
        String encoded = body.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
        if (originHeader != null) {
            request.header("Origin", originHeader);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Reads the event stream until the event {@code last}; the data of each event name's latest event. */
    private Map<String, String> readEvents(String path, String last) {
        // as a browser's EventSource asks; Javalin answers an event stream only to this Accept
        HttpResponse<Stream<String>> response = send(HttpRequest.newBuilder(URI.create(origin + path))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        Map<String, String> events = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            String name = null;
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("event: ")) {
                    name = line.substring(7).strip();
                    names.add(name);
                } else if (line.startsWith("data: ") && name != null) {
                    events.put(name, line.substring(6));
                    if (name.equals(last)) {
                        return events;
                    }
                }
            }
        }
        throw new AssertionError("the stream ended without '" + last + "': " + names);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return send(http, request, handler);
    }

    private static <T> HttpResponse<T> send(HttpClient browser, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return browser.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
