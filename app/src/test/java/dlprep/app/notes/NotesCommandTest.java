package dlprep.app.notes;

import dlprep.app.NotesFolders;
import dlprep.app.CommandLineHarness;
import dlprep.kb.Outline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep notes ...} on a small notes folder written by the test. */
class NotesCommandTest {

    @TempDir
    Path dir;
    private Path notes;

    @BeforeEach
    void writeNotes() throws IOException {
        notes = NotesFolders.create(dir.resolve("notes"));
        Files.writeString(notes.resolve("03-dl/01-linear-regression.md"), """
                ---
                title: 线性回归
                ---

                # 线性回归

                ## 最小二乘

                $\\hat w = (X^\\top X)^{-1} X^\\top y$, `dlprep run softmax-concise`

                ## 概率解释 **todo**
                """);
        Files.writeString(notes.resolve("07-interview/00-math.md"), """
                ---
                title: 数学
                ---

                # 数学

                ## 0.1 特征向量的物理意义
                <!-- id: math-eigenvector; tags: math -->

                **答案** $Ax = \\lambda x$
                """);
        Files.writeString(dir.resolve("README.md"), "# P\n\n" + Outline.START + "\n" + Outline.END + "\n");
    }

    @Test
    void checkPassesOnConsistentNotesAndFailsWithFileAndLine() throws IOException {
        CommandLineHarness ok = CommandLineHarness.run("notes", "check", "--notes", notes.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().contains("2 notes, 1 questions: no problems"), ok.out());

        Files.writeString(notes.resolve("03-dl/02-softmax.md"), "---\ntitle: s\n---\n\n# s\n\n[x](nowhere.md)\n");
        CommandLineHarness bad = CommandLineHarness.run("notes", "check", "--notes", notes.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.out().contains("02-softmax.md:7: link target 'nowhere.md' does not exist"), bad.out());
    }

    @Test
    void outlineCheckFailsUntilWrittenThenPasses() {
        CommandLineHarness stale = CommandLineHarness.run("notes", "outline", "--check", "--notes", notes.toString());
        assertEquals(1, stale.exitCode());
        assertTrue(stale.out().contains("is stale: run `dlprep notes outline --write`"), stale.out());

        assertEquals(0, CommandLineHarness.run("notes", "outline", "--write", "--notes", notes.toString()).exitCode());
        CommandLineHarness current = CommandLineHarness.run("notes", "outline", "--check", "--notes", notes.toString());
        assertEquals(0, current.exitCode(), current.out());

        CommandLineHarness printed = CommandLineHarness.run("notes", "outline", "--notes", notes.toString());
        assertTrue(printed.out().contains("[最小二乘](notes/03-dl/01-linear-regression.md#最小二乘)"), printed.out());
    }

    @Test
    void todoAndStatsReportTheMarkerAndTheCounts() {
        CommandLineHarness todo = CommandLineHarness.run("notes", "todo", "--notes", notes.toString());
        assertEquals(0, todo.exitCode());
        assertTrue(todo.out().contains("01-linear-regression.md:11: ## 概率解释 **todo**"), todo.out());
        assertTrue(todo.out().contains("1 todo marker(s)"), todo.out());

        CommandLineHarness stats = CommandLineHarness.run("notes", "stats", "--notes", notes.toString());
        assertEquals(0, stats.exitCode());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("03-dl\\s+1\\s+\\d+\\s+1\\s+0\\s+1")), stats.out());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("07-interview\\s+1\\s+\\d+\\s+1\\s+1\\s+0")), stats.out());
    }

    @Test
    void aMissingNotesFolderIsAClearError() {
        CommandLineHarness r = CommandLineHarness.run("notes", "check", "--notes", dir.resolve("nope").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("notes folder not found: " + dir.resolve("nope")), r.err());
    }
}
