package dlprep.app.serve;

import dlprep.app.NotesFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notes marked as read: the counts on the home page, the note page's state, the CSRF guard, reopening. */
class ReadingRoutesTest {

    private static final String NOTE = "/notes/01-math/01-vectors.md";

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private Path notes;
    private SessionViewer viewer;

    @BeforeEach
    void start() throws IOException {
        notes = NotesFolders.create(dir.resolve("notes"));
        note("01-math/01-vectors.md", "向量");
        note("01-math/02-matrices.md", "矩阵");
        note("02-ml/01-svm.md", "支持向量机");
        viewer = viewer();
    }

    private void note(String id, String title) throws IOException {
        Files.writeString(notes.resolve(id), "---\ntitle: " + title + "\n---\n\n# " + title + "\n\n正文.\n");
    }

    private SessionViewer viewer() throws IOException {
        return new SessionViewer(notes, dir.resolve("data/dlprep.db"), open);
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** The home page's total of notes read, and the count of each part in reading order. */
    private static List<String> counts(String home) {
        List<String> counts = new ArrayList<>();
        Matcher total = Pattern.compile("<span class=\"notes-read\">(\\d+)</span> of (\\d+)").matcher(home);
        assertTrue(total.find(), home);
        counts.add(total.group(1) + "/" + total.group(2));
        Matcher part = Pattern.compile("<span class=\"read-count\">(\\d+)</span> of (\\d+) read").matcher(home);
        while (part.find()) {
            counts.add(part.group(1) + "/" + part.group(2));
        }
        return counts;
    }

    @Test
    void markingANoteReadChangesTheHomeCountsAndTheNotePage() {
        assertEquals(List.of("0/3", "0/2", "0/1", "0/0", "0/0", "0/0", "0/0", "0/0"), counts(viewer.get("/").body()));
        String page = viewer.get(NOTE).body();
        assertTrue(page.contains("Mark as read"), page);
        assertFalse(page.contains("class=\"read\""), page);

        HttpResponse<String> marked = viewer.form(NOTE, "read=yes");
        assertEquals(303, marked.statusCode(), marked.body());
        assertEquals(NOTE, marked.headers().firstValue("Location").orElseThrow());
        page = viewer.get(NOTE).body();
        assertTrue(page.contains("<span class=\"read\">✓ read</span>"), page);
        assertEquals(List.of("1/3", "1/2", "0/1", "0/0", "0/0", "0/0", "0/0", "0/0"), counts(viewer.get("/").body()));

        viewer.get(NOTE);
        assertEquals(303, viewer.form(NOTE, "read=no").statusCode());
        assertEquals("0/3", counts(viewer.get("/").body()).get(0));
        assertTrue(viewer.get(NOTE).body().contains("Mark as read"));
    }

    @Test
    void markingNeedsTheSessionTokenAndTheViewersOwnOrigin() {
        viewer.get(NOTE);
        String form = "application/x-www-form-urlencoded";
        assertEquals(403, viewer.post(NOTE, form, "read=yes", viewer.origin(), viewer.cookie).statusCode(),
                "no token");
        assertEquals(403, viewer.post(NOTE, form, "csrf=" + viewer.token + "&read=yes", "http://evil.example",
                viewer.cookie).statusCode(), "another origin");
        assertEquals(403, viewer.post(NOTE, form, "csrf=" + viewer.token + "&read=yes", null, viewer.cookie)
                .statusCode(), "no origin");
        assertEquals("0/3", counts(viewer.get("/").body()).get(0));
        assertEquals(404, viewer.form("/notes/01-math/99-missing.md", "read=yes").statusCode());
    }

    @Test
    void notesReadAreKeptWhenTheViewerStartsAgain() throws Exception {
        viewer.get(NOTE);
        viewer.form(NOTE, "read=yes");
        viewer.get("/notes/02-ml/01-svm.md");
        viewer.form("/notes/02-ml/01-svm.md", "read=yes");
        stop();
        open.clear();
        SessionViewer again = viewer();
        assertEquals(List.of("2/3", "1/2", "1/1", "0/0", "0/0", "0/0", "0/0", "0/0"), counts(again.get("/").body()));
        assertTrue(again.get(NOTE).body().contains("✓ read"));
    }
}
