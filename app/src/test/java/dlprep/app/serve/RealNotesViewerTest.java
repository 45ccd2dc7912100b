package dlprep.app.serve;

import dlprep.kb.Heading;
import dlprep.kb.KnowledgeBase;
import dlprep.kb.Note;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer on the project's own notes folder (dlprep.home is the checkout, set by surefire). */
class RealNotesViewerTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/notes/[^\"#]+)(#[^\"]*)?\"");

    private static KnowledgeBase kb;
    private static ViewerServer server;
    private static ViewerClient client;

    @BeforeAll
    static void start() throws IOException {
        Path notes = Path.of(System.getProperty("dlprep.home"), "notes");
        kb = KnowledgeBase.load(notes);
        server = ViewerServer.start(new Library(notes, Duration.ofSeconds(1)), new InMemoryRunHistory(), Optional.empty(),
                Optional.empty(), "127.0.0.1", 0);
        client = new ViewerClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyNoteRendersWithTheKnowledgeBasesAnchorsAndItsLinksLeadToPagesThatExist() {
        for (Note note : kb.notes()) {
            HttpResponse<String> page = client.get(ViewerLinks.note(note.id()));
            assertEquals(200, page.statusCode(), note.id());
            for (Heading h : note.headings()) {
                assertTrue(page.body().contains(" id=\"" + Html.escape(h.anchor()) + "\""), note.id() + " #" + h.anchor());
            }
            Matcher links = HREF.matcher(page.body());
            while (links.find()) {
                String target = links.group(1);
                assertEquals(200, client.get(target).statusCode(), note.id() + " links to " + target);
            }
        }
    }

    /**
     * Not an assertion on time (the machine is shared): prints the server's own time for the home page and a
     * long note, from the Server-Timing header, median of 50 requests after 50 of warm-up; pages are cached
     * until the notes change, so also the time to render the note afresh.
     */
    @Test
    void printsServerTimeForHomeAndANoteAfterWarmUp() {
        for (String path : List.of("/", "/notes/03-dl/06-cnn-basics.md", "/search?q=" + Html.queryValue("归一化"))) {
            for (int i = 0; i < 50; i++) {
                client.get(path);
            }
            List<Double> server = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> r = client.get(path);
                assertEquals(200, r.statusCode());
                String timing = r.headers().firstValue("Server-Timing").orElseThrow();
                server.add(Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)));
            }
            Collections.sort(server);
            System.out.printf(Locale.ROOT, "viewer server time %s: median %.2f ms, max %.2f ms (50 requests after 50 warm-up)%n",
                    path, server.get(25), server.get(49));
        }
        Note note = kb.note("03-dl/06-cnn-basics.md").orElseThrow();
        List<Double> render = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long t = System.nanoTime();
            NotePage.render(kb, note);
            render.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> measured = new ArrayList<>(render.subList(50, 100));
        Collections.sort(measured);
        System.out.printf(Locale.ROOT, "note page rendered without the cache (first request after a change): "
                + "median %.2f ms, max %.2f ms (50 renders after 50 warm-up)%n", measured.get(25), measured.get(49));
    }
}
