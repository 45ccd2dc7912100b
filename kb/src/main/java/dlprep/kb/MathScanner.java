package dlprep.kb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the formulas of a note ({@code $...$} inline, {@code $$...$$} display, the {@code $$} lines on their
 * own or a whole display on one line) and reports what KaTeX would fail on: an unclosed delimiter, an
 * environment KaTeX does not know, a display-only environment inside inline math, and unbalanced
 * {@code \begin}/{@code \end}. Code spans and fenced code are not math; {@code \$} is a dollar sign.
 */
public final class MathScanner {

    /** One formula: the line where it starts, whether it is display math, and its TeX source. */
    public record Formula(int line, boolean display, String tex) {
    }

    /**
     * A formula and where its source is, delimiters included: from column {@code startColumn} of its first
     * line to column {@code endColumn} (exclusive) of line {@code endLine} (lines 1-based, columns 0-based).
     */
    public record Located(Formula formula, int startColumn, int endLine, int endColumn) {
    }

    /** The environments KaTeX renders (katex.org/docs/supported.html, "Environments"). */
    static final Set<String> KATEX_ENVIRONMENTS = Set.of(
            "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix",
            "matrix*", "pmatrix*", "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*",
            "array", "darray", "subarray", "aligned", "alignedat", "gathered", "cases", "dcases", "rcases", "drcases",
            "equation", "equation*", "align", "align*", "alignat", "alignat*", "gather", "gather*",
            "multline", "multline*", "split", "CD");
    /** Of those, the ones KaTeX accepts only in display mode. */
    static final Set<String> DISPLAY_ONLY = Set.of("equation", "equation*", "align", "align*", "alignat", "alignat*",
            "gather", "gather*", "multline", "multline*", "split", "CD");

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern INLINE_DISPLAY = Pattern.compile("\\$\\$(.+?)\\$\\$");
    private static final Pattern ENVIRONMENT = Pattern.compile("\\\\(begin|end)\\s*\\{([^}]*)}");

    private MathScanner() {
    }

    public static List<Formula> scan(Note note, List<Problem> problems) {
        List<Formula> formulas = locate(note, problems).stream().map(Located::formula).toList();
        for (Formula f : formulas) {
            checkEnvironments(note, f, problems);
        }
        return formulas;
    }

    /**
     * The formulas of {@code note} with their source positions, in the order {@link #scan} finds them (on a
     * line, one-line displays before inline math); unclosed delimiters are added to {@code problems}.
     */
    public static List<Located> locate(Note note, List<Problem> problems) {
        List<Located> formulas = new ArrayList<>();
        StringBuilder display = null;
        int displayLine = 0;
        int displayColumn = 0;
        for (ProseLines.Line line : ProseLines.of(note)) {
            String stripped = line.text().strip();
            if (display != null) {
                if (stripped.endsWith("$$")) {
                    display.append(stripped, 0, stripped.length() - 2);
                    formulas.add(new Located(new Formula(displayLine, true, display.toString()), displayColumn,
                            line.number(), line.text().lastIndexOf("$$") + 2));
                    display = null;
                } else {
                    display.append(line.text()).append('\n');
                }
            } else if (stripped.startsWith("$$") && (stripped.length() == 2 || !stripped.substring(2).contains("$$"))) {
                display = new StringBuilder(stripped.substring(2)).append('\n');
                displayLine = line.number();
                displayColumn = line.text().indexOf("$$");
            } else {
                inline(note, line, formulas, problems);
            }
        }
        if (display != null) {
            problems.add(new Problem(note.file(), displayLine, "display math opened with $$ is never closed"));
        }
        return formulas;
    }

    /** Math on one line; code spans and {@code \$} are blanked first, keeping every other column in place. */
    private static void inline(Note note, ProseLines.Line line, List<Located> formulas, List<Problem> problems) {
        String text = CODE_SPAN.matcher(line.text()).replaceAll(m -> " ".repeat(m.group().length()))
                .replace("\\$", "  ");
        Matcher displays = INLINE_DISPLAY.matcher(text);
        while (displays.find()) {
            formulas.add(new Located(new Formula(line.number(), true, displays.group(1)), displays.start(),
                    line.number(), displays.end()));
        }
        text = displays.replaceAll(m -> " ".repeat(m.group().length()));
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '$') {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                formulas.add(new Located(new Formula(line.number(), false, text.substring(open + 1, i)), open,
                        line.number(), i + 1));
                open = -1;
            }
        }
        if (open >= 0) {
            problems.add(new Problem(note.file(), line.number(), "inline math is not closed: odd number of '$' on "
                    + "this line (inline math stays on one line; write \\$ for a dollar sign)"));
        }
    }

    private static void checkEnvironments(Note note, Formula f, List<Problem> problems) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = ENVIRONMENT.matcher(f.tex());
        while (m.find()) {
            String name = m.group(2).strip();
            if (m.group(1).equals("begin")) {
                if (!KATEX_ENVIRONMENTS.contains(name)) {
                    problems.add(new Problem(note.file(), f.line(), "KaTeX cannot render the environment '" + name
                            + "' (use aligned, cases, matrix, pmatrix, bmatrix, array, gathered, ...)"));
                } else if (!f.display() && DISPLAY_ONLY.contains(name)) {
                    problems.add(new Problem(note.file(), f.line(), "environment '" + name
                            + "' works only in display math ($$ ... $$); inline, use aligned"));
                }
                open.push(name);
            } else if (open.isEmpty() || !open.peek().equals(name)) {
                problems.add(new Problem(note.file(), f.line(), "\\end{" + name + "} does not close "
                        + (open.isEmpty() ? "any \\begin" : "\\begin{" + open.peek() + "}")));
                return;
            } else {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            problems.add(new Problem(note.file(), f.line(), "\\begin{" + open.peek() + "} is never closed by \\end{"
                    + open.peek() + "}"));
        }
    }
}
