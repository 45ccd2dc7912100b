package dlprep.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotesCheckTest {

    private static final Set<String> EXPERIMENTS = Set.of("softmax-concise");

    @TempDir
    Path dir;

    private List<String> check(NotesFixture f) {
        return NotesCheck.run(f.load(), EXPERIMENTS).stream()
                .map(p -> f.root().relativize(p.file()) + ":" + p.line() + ": " + p.message()).toList();
    }

    @Test
    void aConsistentKnowledgeBaseHasNoProblems() {
        NotesFixture f = new NotesFixture(dir);
        f.write("03-dl/Pics/conv.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        f.write("03-dl/06-cnn.md", """
                ---
                title: 卷积
                questions: [cnn-output-size]
                experiments: [softmax-concise]
                ---

                # 卷积

                ## 输出大小

                见 [批归一化](07-norm.md#批归一化-batch-normalization) 与 [本节](#输出大小), 图 ![卷积](Pics/conv.svg),
                运行 `dlprep run softmax-concise`, 外链 [d2l](https://d2l.ai).

                ## 空洞卷积 **todo**
                """);
        f.write("03-dl/07-norm.md", NotesFixture.note("归一化", "## 批归一化 (Batch Normalization)\n\ntext\n"));
        f.write("07-interview/06-cnn-basics.md", NotesFixture.note("CNN",
                "## 6.5 输出大小\n<!-- id: cnn-output-size; tags: cnn -->\n\n**答案** x\n"));
        assertEquals(List.of(), check(f));
    }

    @Test
    void brokenLinksAnchorsImagesAndUnknownIdsAreReportedWithTheirLine() {
        NotesFixture f = new NotesFixture(dir);
        f.write("03-dl/Pics/Conv.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        f.write("03-dl/06-cnn.md", """
                ---
                title: 卷积
                questions: [no-such-question]
                experiments: [no-such-run]
                ---

                # 卷积

                ## 链接

                [a](missing.md) [b](07-norm.md#no-anchor) [c](#nowhere) ![d](Pics/conv.svg)
                `dlprep run softmax-concize`

                ## 空

                ## 也空
                """);
        f.write("03-dl/07-norm.md", NotesFixture.note("归一化", "## 批归一化\n\ntext\n"));
        assertEquals(List.of(
                "03-dl/06-cnn.md:1: front matter names experiment 'no-such-run', which `dlprep list` does not know",
                "03-dl/06-cnn.md:1: front matter names question 'no-such-question', which is not in the interview bank",
                "03-dl/06-cnn.md:11: link target 'missing.md' does not exist",
                "03-dl/06-cnn.md:11: no heading with anchor '#no-anchor' in 03-dl/07-norm.md",
                "03-dl/06-cnn.md:11: no heading with anchor '#nowhere' in this note",
                "03-dl/06-cnn.md:11: image target 'Pics/conv.svg' does not exist (wrong case: the file is 'Conv.svg')",
                "03-dl/06-cnn.md:12: `dlprep run softmax-concize`: no such experiment (`dlprep list` shows them)",
                "03-dl/06-cnn.md:14: heading '空' has no content (write it, or mark it **todo**)",
                "03-dl/06-cnn.md:16: heading '也空' has no content (write it, or mark it **todo**)"), check(f));
    }

    @Test
    void aNoteNeedsExactlyOneTitleAndPartsMustBeKnown() {
        NotesFixture f = new NotesFixture(dir);
        f.write("01-math/a.md", "---\ntitle: a\n---\n\n## only a section\n\ntext\n");
        f.write("extra/b.md", NotesFixture.note("b", "text\n"));
        List<String> problems = check(f);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("01-math/a.md:1: a note has exactly one '#' title heading; this one has 0"),
                problems.toString());
        assertTrue(problems.get(1).startsWith("extra:0: folder 'extra' is not one of the seven parts"), problems.toString());
    }

    @Test
    void malformedMarkdownIsReportedNotThrown() {
        NotesFixture f = new NotesFixture(dir);
        f.write("01-math/a.md", NotesFixture.note("a", "[unclosed link(\n\n<div>\n\n$x\n\n```\nnever closed\n"));
        List<String> problems = check(f);
        assertEquals(List.of("01-math/a.md:11: inline math is not closed: odd number of '$' on this line "
                + "(inline math stays on one line; write \\$ for a dollar sign)"), problems);
    }
}
