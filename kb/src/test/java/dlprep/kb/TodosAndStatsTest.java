package dlprep.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TodosAndStatsTest {

    @TempDir
    Path dir;

    @Test
    void todoMarkersAreListedWithTheirLineButNotInsideCode() {
        NotesFixture f = new NotesFixture(dir);
        f.write("03-dl/11-rnn.md", NotesFixture.note("RNN", "## GRU **todo**\n\n## LSTM\n\n**TODO** later\n\n```\n**todo** in code\n```\n"));
        List<Todos.Marker> markers = Todos.of(f.load());
        assertEquals(List.of(7, 11), markers.stream().map(Todos.Marker::line).toList());
    }

    @Test
    void statsCountNotesWordsFormulasQuestionsAndTodosPerPart() {
        NotesFixture f = new NotesFixture(dir);
        f.write("01-math/a.md", NotesFixture.note("线性", "矩阵 matrix 乘法 $AB$ 与 $$x$$ **todo**\n"));
        f.write("07-interview/00-math.md", NotesFixture.note("题",
                "## q1\n<!-- id: math-a; tags: math -->\n\n**答案** 是\n\n## q2\n<!-- id: math-b; tags: math -->\n\n**答案** 否\n"));
        List<NotesStats.Row> rows = NotesStats.of(f.load());
        // "# 线性" 2 + 矩阵 2 + matrix 1 + 乘法 2 + AB 1 + 与 1 + x 1 + todo 1 = 11 words
        assertEquals(new NotesStats.Row("01-math", 1, 11, 2, 0, 1), rows.get(0));
        // "# 题" 1 + q1 1 + "**答案** 是" 3 + q2 1 + "**答案** 否" 3 = 9; the metadata comments are not prose
        assertEquals(new NotesStats.Row("07-interview", 1, 9, 0, 2, 0), rows.get(6));
        assertEquals(new NotesStats.Row("total", 2, 20, 2, 2, 1), rows.get(7));
    }
}
