package dlprep.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutlineTest {

    @TempDir
    Path dir;

    private NotesFixture fixture() {
        NotesFixture f = new NotesFixture(dir);
        f.write("01-math/01-linear-algebra.md", NotesFixture.note("线性代数", "## 2.1 标量 [与] 向量\n\nx\n\n### 细节\n\ny\n"));
        f.write("07-interview/00-math.md", NotesFixture.note("数学",
                "## 0.1 特征向量\n<!-- id: math-eigen; tags: math -->\n\n**答案** x\n"));
        return f;
    }

    @Test
    void listsPartsNotesAndTheirSectionsWithGithubAnchors() {
        String outline = Outline.render(fixture().load(), "notes");
        assertTrue(outline.startsWith("2 notes, 1 interview questions, 0 todo markers (`dlprep notes todo` lists them).\n\n"
                + "- **数学基础 (Math)**\n"
                + "  - [线性代数](notes/01-math/01-linear-algebra.md)\n"
                + "    - [2.1 标量 \\[与\\] 向量](notes/01-math/01-linear-algebra.md#21-标量-与-向量)\n"
                + "- **机器学习 (Machine Learning)**\n"), outline);
        assertFalse(outline.contains("细节"), "only ## sections are listed");
        assertTrue(outline.contains("- **面试题库 (Interview Questions)** (1 questions)\n"
                + "  - [数学](notes/07-interview/00-math.md)\n"
                + "    - [0.1 特征向量](notes/07-interview/00-math.md#01-特征向量)\n"), outline);
    }

    @Test
    void writeReplacesOnlyTheMarkedRegionAndCheckSeesStaleness() throws IOException {
        NotesFixture f = fixture();
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Project\n\n" + Outline.START + "\nold\n" + Outline.END + "\n\nafter\n");
        KnowledgeBase kb = f.load();
        assertFalse(Outline.isCurrent(kb, readme, "notes"));
        Outline.write(kb, readme, "notes");
        String written = Files.readString(readme);
        assertTrue(written.startsWith("# Project\n\n" + Outline.START + "\n2 notes, "), written);
        assertTrue(written.endsWith(Outline.END + "\n\nafter\n"), written);
        assertTrue(Outline.isCurrent(kb, readme, "notes"));

        f.write("01-math/02-probability.md", NotesFixture.note("概率", "## 熵\n\nx\n"));
        assertFalse(Outline.isCurrent(f.load(), readme, "notes"), "a new note makes the outline stale");
    }

    @Test
    void aReadmeWithoutMarkersIsAClearError() throws IOException {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# no markers\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Outline.write(fixture().load(), readme, "notes"));
        assertTrue(e.getMessage().contains("has no outline markers"), e.getMessage());
        assertEquals("# no markers\n", Files.readString(readme), "nothing is written on error");
    }
}
