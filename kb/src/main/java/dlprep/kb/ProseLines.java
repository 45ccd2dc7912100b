package dlprep.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a note's body that are prose, i.e. outside fenced code blocks: where math, todo markers and
 * words are looked for. A fence is three or more backticks or tildes; it closes with a line of the same
 * character at least as long (CommonMark's rule).
 */
public final class ProseLines {

    /** A prose line and its 1-based number. */
    public record Line(int number, String text) {
    }

    private ProseLines() {
    }

    public static List<Line> of(Note note) {
        List<Line> prose = new ArrayList<>();
        String fence = null;
        for (int i = note.bodyStart(); i < note.lines().size(); i++) {
            String line = note.lines().get(i);
            String stripped = line.strip();
            if (fence == null) {
                String opening = fenceOf(stripped);
                if (opening != null) {
                    fence = opening;
                } else {
                    prose.add(new Line(i + 1, line));
                }
            } else if (closes(fence, stripped)) {
                fence = null;
            }
        }
        return prose;
    }

    private static boolean closes(String fence, String stripped) {
        return stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String fenceOf(String stripped) {
        for (char c : new char[] {'`', '~'}) {
            int n = 0;
            while (n < stripped.length() && stripped.charAt(n) == c) {
                n++;
            }
            if (n >= 3) {
                return String.valueOf(c).repeat(n);
            }
        }
        return null;
    }
}
