package dlprep.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MathScannerTest {

    @TempDir
    Path dir;

    private List<Problem> problems;

    private List<MathScanner.Formula> scan(String body) {
        NotesFixture f = new NotesFixture(dir);
        f.write("01-math/m.md", NotesFixture.note("m", body));
        problems = new ArrayList<>();
        return MathScanner.scan(f.load().notes().get(0), problems);
    }

    @Test
    void findsInlineDisplayAndOneLineDisplayFormulasOutsideCode() {
        List<MathScanner.Formula> formulas = scan("""
                范数 $\\|x\\|_2$ 与 $p$, 价格 \\$5, 代码 `$notmath$`

                $$
                \\begin{aligned} a &= b \\\\ c &= d \\end{aligned}
                $$

                $$E = mc^2$$

                ```
                $ not math
                ```
                """);
        assertEquals(List.of(), problems);
        assertEquals(4, formulas.size());
        assertEquals(new MathScanner.Formula(7, false, "\\|x\\|_2"), formulas.get(0));
        assertEquals(new MathScanner.Formula(7, false, "p"), formulas.get(1));
        assertTrue(formulas.get(2).display() && formulas.get(2).tex().contains("aligned"));
        assertEquals(new MathScanner.Formula(13, true, "E = mc^2"), formulas.get(3));
    }

    @Test
    void locatedFormulasCoverTheirSourceWithDelimiters() {
        scan("a $x$ b $$y$$\n\n  $$\n  z\n  $$ \n");
        Note note = new NotesFixture(dir).load().notes().get(0);
        List<MathScanner.Located> located = MathScanner.locate(note, new ArrayList<>());
        assertEquals(3, located.size());
        List<String> sources = located.stream().map(l -> source(note, l)).toList();
        assertEquals(List.of("$$y$$", "$x$", "$$\n  z\n  $$"), sources);
    }

    /** The text between a located formula's start and end. */
    private static String source(Note note, MathScanner.Located l) {
        int first = l.formula().line() - 1;
        int last = l.endLine() - 1;
        if (first == last) {
            return note.lines().get(first).substring(l.startColumn(), l.endColumn());
        }
        StringBuilder sb = new StringBuilder(note.lines().get(first).substring(l.startColumn()));
        for (int i = first + 1; i < last; i++) {
            sb.append('\n').append(note.lines().get(i));
        }
        return sb.append('\n').append(note.lines().get(last), 0, l.endColumn()).toString();
    }

    @Test
    void unclosedDelimitersAreReportedAtTheirLine() {
        scan("a $x + y\n\n$$\nx\n");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(7, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("inline math is not closed"));
        assertEquals(9, problems.get(1).line());
        assertTrue(problems.get(1).message().startsWith("display math opened with $$ is never closed"));
    }

    @Test
    void environmentsKatexCannotRenderOrThatNeedDisplayModeAreReported() {
        scan("""
                $\\begin{align} x \\end{align}$

                $$
                \\begin{tikzpicture} \\end{tikzpicture}
                $$

                $$\\begin{cases} a \\end{aligned}$$

                $$\\begin{pmatrix} 1 \\end{pmatrix} \\begin{bmatrix} 2$$
                """);
        List<String> m = problems.stream().map(Problem::message).toList();
        assertEquals(4, m.size(), m.toString());
        assertTrue(m.get(0).contains("'align' works only in display math"), m.toString());
        assertTrue(m.get(1).contains("cannot render the environment 'tikzpicture'"), m.toString());
        assertTrue(m.get(2).contains("\\end{aligned} does not close \\begin{cases}"), m.toString());
        assertTrue(m.get(3).contains("\\begin{bmatrix} is never closed"), m.toString());
    }
}
