package dlprep.app.serve;

import dlprep.app.NotesFolders;
import dlprep.kb.KnowledgeBase;
import dlprep.kb.Note;
import dlprep.kb.Part;
import dlprep.kb.Slugger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer's routes, on a small notes folder written by the test and a server on a free port. */
class ViewerServerTest {

    private static final String INLINE = "a_1 * b_2 * c_{i,j} < d";
    private static final String DISPLAY = "\\begin{aligned} x &= y_1 \\\\ z &= w^* \\end{aligned}";

    @TempDir
    Path dir;
    private Path notes;
    private ViewerServer server;
    private ViewerClient client;

    @BeforeEach
    void start() throws IOException {
        notes = NotesFolders.create(dir.resolve("notes"));
        write("03-dl/06-cnn-basics.md", """
                ---
                title: 卷积 (CNN)
                questions: [cnn-receptive-field]
                experiments: [softmax-concise, no-such-experiment]
                ---

                # 卷积 (CNN)

                ## 批归一化的位置

                卷积后接批归一化。行内 $%s$ 公式, 价格 \\$5, 代码 `$not math$`.

                $$
                %s
                $$

                ## 感受野 (receptive field)

                见 [线性代数](../01-math/01-linear-algebra.md#范数), [本节](#批归一化的位置),
                [代码](../../engine/src/main/java/dlprep/engine/kernels/Gemm.java) 和 ![图](Pics/conv.svg)

                ```python
                x = "$not math$"
                ```

                ## 感受野 (receptive field)

                重复的标题.
                """.formatted(INLINE, DISPLAY));
        write("03-dl/Pics/conv.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("01-math/01-linear-algebra.md", """
                ---
                title: 线性代数
                ---

                # 线性代数

                ## 范数

                $\\|x\\|_2$
                """);
        write("07-interview/06-cnn-basics.md", """
                ---
                title: 卷积面试题
                ---

                # 卷积面试题

                ## 感受野怎么算?
                <!-- id: cnn-receptive-field; tags: cnn -->

                **答案** 逐层递推 $r_l = r_{l-1} + (k_l - 1) j_{l-1}$.
                """);
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        server = ViewerServer.start(new Library(notes, Duration.ZERO), new InMemoryRunHistory(), Optional.empty(),
                Optional.empty(), "127.0.0.1", 0);
        client = new ViewerClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(String id, String text) throws IOException {
        Path file = notes.resolve(id);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void homeListsTheSevenPartsTheirNotesAndTheBankSize() {
        HttpResponse<String> home = client.get("/");
        assertEquals(200, home.statusCode());
        for (Part part : Part.ALL) {
            assertTrue(home.body().contains(Html.escape(part.title())), part.title());
        }
        assertTrue(home.body().contains("<a href=\"/notes/03-dl/06-cnn-basics.md\">卷积 (CNN)</a>"), home.body());
        assertTrue(home.body().contains("interview bank: 1 questions"), home.body());
        assertTrue(home.body().contains("action=\"/search\""));
    }

    @Test
    void noteKeepsItsTexExactlyInsideTheMathContainers() {
        String page = client.get("/notes/03-dl/06-cnn-basics.md").body();
        assertTrue(page.contains("<span class=\"math\">" + Html.escape(INLINE) + "</span>"), page);
        assertTrue(page.contains("<span class=\"math display\">" + Html.escape("\n" + DISPLAY + "\n") + "</span>"), page);
        assertTrue(page.contains("价格 $5"), "an escaped dollar is a dollar sign, not math");
        assertTrue(page.contains("<code>$not math$</code>"), "code spans are not math");
        assertTrue(page.contains("x = &quot;$not math$&quot;"), "fenced code is not math");
        assertTrue(page.contains("/assets/katex/katex.min.js"));
    }

    @Test
    void headingIdsAreTheSluggersAnchorsAndFormATableOfContents() throws IOException {
        String page = client.get("/notes/03-dl/06-cnn-basics.md").body();
        Slugger slugger = new Slugger();
        for (String heading : List.of("卷积 (CNN)", "批归一化的位置", "感受野 (receptive field)", "感受野 (receptive field)")) {
            String id = slugger.slug(heading);
            assertTrue(page.contains(" id=\"" + id + "\">" + Html.escape(heading) + "</h"), id + "\n" + page);
        }
        assertTrue(page.contains("id=\"感受野-receptive-field-1\""), "a repeated heading gets -1, as on GitHub");
        Note note = KnowledgeBase.load(notes).note("03-dl/06-cnn-basics.md").orElseThrow();
        assertTrue(page.contains("<li class=\"level2\"><a href=\"#" + note.headings().get(1).anchor() + "\">"), page);
    }

    @Test
    void linksAndImagesPointIntoTheViewerAndPicturesAreServed() {
        String page = client.get("/notes/03-dl/06-cnn-basics.md").body();
        assertTrue(page.contains("href=\"/notes/01-math/01-linear-algebra.md#范数\""), page);
        assertTrue(page.contains("href=\"#批归一化的位置\""), page);
        assertTrue(page.contains("src=\"/notes/03-dl/Pics/conv.svg\""), page);
        assertTrue(page.contains("<a class=\"outside\" title=\"../../engine/src/main/java/dlprep/engine/kernels/Gemm.java"),
                "a link out of the notes folder has no viewer page: " + page);
        HttpResponse<String> svg = client.get("/notes/03-dl/Pics/conv.svg");
        assertEquals(200, svg.statusCode());
        assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void noteShowsItsRelatedQuestionsAndNeighbours() {
        String page = client.get("/notes/03-dl/06-cnn-basics.md").body();
        assertTrue(page.contains("<a href=\"/notes/07-interview/06-cnn-basics.md#感受野怎么算\">感受野怎么算?</a>"), page);
        assertTrue(page.contains("rel=\"prev\" href=\"/notes/01-math/01-linear-algebra.md\""), page);
        assertTrue(page.contains("rel=\"next\" href=\"/notes/07-interview/06-cnn-basics.md\""), page);
    }

    @Test
    void noteLinksItsRegisteredExperimentsToTheirPages() {
        String page = client.get("/notes/03-dl/06-cnn-basics.md").body();
        assertTrue(page.contains("<a class=\"run\" href=\"/experiments/softmax-concise\">run softmax-concise</a>"), page);
        assertFalse(page.contains("no-such-experiment"), page);
    }

    @Test
    void interviewQuestionsCarryTheirIds() {
        String page = client.get("/notes/07-interview/06-cnn-basics.md").body();
        assertTrue(page.contains("<h2 id=\"感受野怎么算\" data-question=\"cnn-receptive-field\">"), page);
    }

    @Test
    void searchFindsAChineseSubstringInNotesAndQuestions() {
        HttpResponse<String> hits = client.get("/search?q=" + Html.queryValue("归一"));
        assertEquals(200, hits.statusCode());
        assertTrue(hits.body().contains("href=\"/notes/03-dl/06-cnn-basics.md#批归一化的位置\""), hits.body());
        assertTrue(hits.body().contains("批<mark>归一</mark>化"), hits.body());
        String question = client.get("/search?q=" + Html.queryValue("逐层 递推")).body();
        assertTrue(question.contains("面试题 cnn-receptive-field"), question);
        assertTrue(client.get("/search?q=" + Html.queryValue("不存在的词")).body().contains("0 results"));
    }

    @Test
    void todoPageListsTheMarkers() throws IOException {
        write("02-ml/01-svm.md", "---\ntitle: SVM\n---\n\n# SVM\n\n## 核技巧\n\n**todo** 补上 Mercer 定理\n");
        String page = client.get("/todo").body();
        assertTrue(page.contains("<a href=\"/notes/02-ml/01-svm.md#核技巧\">02-ml/01-svm.md:9</a> **todo** 补上 Mercer 定理"), page);
    }

    @Test
    void anEditedNoteIsServedOnTheNextRequest() throws IOException {
        Path file = notes.resolve("01-math/01-linear-algebra.md");
        assertFalse(client.get("/notes/01-math/01-linear-algebra.md").body().contains("新加的一段"));
        Files.writeString(file, Files.readString(file) + "\n新加的一段\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(client.get("/notes/01-math/01-linear-algebra.md").body().contains("新加的一段"));
    }

    @Test
    void unknownNotesAndPagesAre404WithAPage() {
        HttpResponse<String> missing = client.get("/notes/03-dl/99-missing.md");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<h1>Not found</h1>"), missing.body());
        assertEquals(404, client.get("/notes/99-nothing/01-x.md").statusCode());
        assertEquals(404, client.get("/nowhere").statusCode());
    }

    @Test
    void aForeignHostHeaderIsRefused() {
        assertEquals(403, client.raw("/", "attacker.example:" + server.port()).status());
        assertEquals(403, client.raw("/", "127.0.0.1:1").status());
        assertEquals(403, client.raw("/", "localhost").status());
        assertEquals(200, client.raw("/", "localhost:" + server.port()).status());
        assertEquals(200, client.raw("/", "127.0.0.1:" + server.port()).status());
    }

    /** "no-referrer" made browsers send Origin: null with the viewer's own form POSTs, which the CSRF guard refuses. */
    @Test
    void referrerPolicyKeepsTheOriginOnTheViewersOwnPosts() {
        HttpResponse<String> home = client.get("/");
        assertEquals("same-origin", home.headers().firstValue("Referrer-Policy").orElseThrow());
    }

    @Test
    void pathsCannotLeaveTheirFolders() {
        for (String path : List.of(
                "/notes/03-dl/Pics/../../../secret.txt",
                "/notes/03-dl/Pics/%2e%2e/%2e%2e/%2e%2e/secret.txt",
                "/notes/03-dl/Pics/..%2f..%2f..%2fsecret.txt",
                "/notes/03-dl/Pics/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt",
                "/notes/03-dl/Pics/" + Html.queryValue(dir.resolve("secret.txt").toString()),
                "/notes/03-dl/Pics//" + dir.resolve("secret.txt"),
                "/notes/..%2f..%2f/secret.txt",
                "/notes/03-dl/..%2f..%2fsecret.txt",
                "/assets/..%2fdlprep%2fapp%2fMain.class",
                "/assets/katex/../../../../../META-INF/MANIFEST.MF",
                "/assets/katex/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/simplelogger.properties",
                "/assets/katex/fonts/..%2f..%2f..%2f..%2f..%2fsimplelogger.properties")) {
            ViewerClient.Raw r = client.raw(path);
            assertTrue(Set.of(400, 403, 404).contains(r.status()), path + " -> " + r.status());
            assertFalse(r.response().contains("TOP-SECRET") || r.response().contains("defaultLogLevel")
                    || r.response().contains("Manifest-Version"), path + " leaked: " + r.response());
        }
        assertTrue(SafeFiles.resolve(notes.resolve("03-dl/Pics"), dir.resolve("secret.txt").toString()).isEmpty());
        assertTrue(SafeFiles.resolve(notes.resolve("03-dl/Pics"), "..").isEmpty());
        assertTrue(SafeFiles.resolve(notes.resolve("03-dl/Pics"), "conv.svg").isPresent());
    }

    @Test
    void katexUplotAndTheViewersOwnFilesAreServedLocally() {
        for (String path : List.of("/assets/katex/katex.min.js", "/assets/katex/katex.min.css",
                "/assets/katex/fonts/KaTeX_Main-Regular.woff2", "/assets/viewer.css", "/assets/viewer.js",
                "/assets/theme.js", "/assets/experiments.js", "/assets/uplot/uPlot.iife.min.js",
                "/assets/uplot/uPlot.min.css")) {
            assertEquals(200, client.get(path).statusCode(), path);
        }
        assertEquals(404, client.get("/assets/katex/README.md").statusCode());
        assertEquals(404, client.get("/assets/uplot/uPlot.d.ts").statusCode());
    }
}
