package dlprep.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteParserTest {

    @TempDir
    Path dir;

    private Note parse(String text, List<Problem> problems) throws IOException {
        Path file = dir.resolve("n.md");
        Files.writeString(file, text);
        return NoteParser.parse(file, "03-dl/n.md", problems);
    }

    @Test
    void readsFrontMatterInlineAndBlockListsAndKeepsFileLineNumbers() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Note note = parse("""
                ---
                title: "卷积 (Convolution)"
                questions: [cnn-output-size, cnn-flops]
                experiments:
                  - softmax-concise
                ---

                # 卷积

                ## 输出大小
                text
                """, problems);
        assertEquals(List.of(), problems);
        assertEquals(new FrontMatter("卷积 (Convolution)", List.of("cnn-output-size", "cnn-flops"),
                List.of("softmax-concise")), note.frontMatter());
        assertEquals(List.of(new Heading(1, "卷积", "卷积", 8), new Heading(2, "输出大小", "输出大小", 10)), note.headings());
        assertEquals("03-dl", note.part());
        assertEquals(6, note.bodyStart());
    }

    @Test
    void headingTextDropsMarkupAndKeepsCode() throws IOException {
        Note note = parse("---\ntitle: t\n---\n# t\n## **粗体** `im2col` 与 [链接](x.md)\n", new ArrayList<>());
        Heading h = note.headings().get(1);
        assertEquals("粗体 im2col 与 链接", h.text());
        assertEquals("粗体-im2col-与-链接", h.anchor());
    }

    @Test
    void frontMatterMistakesAreReportedWithTheirLine() throws IOException {
        List<Problem> problems = new ArrayList<>();
        parse("---\ntitle: t\ntags: [a]\nquestions: a, b\nnonsense\n---\n# t\n", problems);
        List<String> messages = problems.stream().map(p -> p.line() + " " + p.message()).toList();
        assertTrue(messages.get(0).startsWith("3 front matter: unknown key 'tags'"), messages.toString());
        assertTrue(messages.get(1).startsWith("4 front matter: questions must be a list"), messages.toString());
        assertTrue(messages.get(2).startsWith("5 front matter: expected 'key: value'"), messages.toString());
        assertEquals(3, problems.size());
    }

    @Test
    void missingOrUnclosedFrontMatterIsReportedAndTheTitleComesFromTheHeading() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Note note = parse("# 标题\n\ntext\n", problems);
        assertTrue(problems.get(0).message().startsWith("no front matter"), problems.toString());
        assertEquals("标题", note.frontMatter().title());

        problems.clear();
        parse("---\ntitle: t\n# 标题\n", problems);
        assertTrue(problems.get(0).message().startsWith("front matter is not closed"), problems.toString());
    }

    @Test
    void invalidUtf8IsReportedNotThrown() throws IOException {
        Path file = dir.resolve("bad.md");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
        List<Problem> problems = new ArrayList<>();
        NoteParser.parse(file, "01-math/bad.md", problems);
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("not valid UTF-8")), problems.toString());
    }
}
