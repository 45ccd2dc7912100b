package dlprep.app.serve;

import dlprep.kb.MathScanner;
import dlprep.kb.Note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note's Markdown with every formula replaced by a placeholder, so that the Markdown parser never sees TeX
 * (it would take {@code _} and {@code *} for emphasis and {@code \\} for an escape). Where math is follows
 * kb's {@link MathScanner}, the rules {@code dlprep notes check} uses. The placeholder is a number between two
 * private-use characters, which Markdown leaves alone; {@link #container} turns it back into the TeX, escaped,
 * inside the element that viewer.js hands to KaTeX.
 */
record ProtectedMath(String markdown, List<MathScanner.Formula> formulas) {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    /** The body of {@code note} (front matter lines blanked, so line numbers stay the file's), math protected. */
    static ProtectedMath of(Note note) {
        List<String> lines = new ArrayList<>(note.lines());
        for (int i = 0; i < note.bodyStart(); i++) {
            lines.set(i, "");
        }
        List<MathScanner.Located> located = new ArrayList<>(MathScanner.locate(note, new ArrayList<>()));
        List<MathScanner.Formula> formulas = located.stream().map(MathScanner.Located::formula).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            order.add(i);
        }
        // From the last formula to the first, so the columns of those not yet replaced stay valid.
        order.sort(Comparator.<Integer>comparingInt(i -> located.get(i).formula().line())
                .thenComparingInt(i -> located.get(i).startColumn()).reversed());
        for (int i : order) {
            MathScanner.Located l = located.get(i);
            int first = l.formula().line() - 1;
            int last = l.endLine() - 1;
            String replaced = lines.get(first).substring(0, l.startColumn()) + OPEN + i + CLOSE
                    + lines.get(last).substring(l.endColumn());
            lines.set(first, replaced);
            lines.subList(first + 1, last + 1).clear();
        }
        return new ProtectedMath(String.join("\n", lines), formulas);
    }

    /** The element holding formula {@code index}: its TeX as escaped text, which KaTeX reads back exactly. */
    String container(int index) {
        MathScanner.Formula f = formulas.get(index);
        return f.display() ? "<span class=\"math display\">" + Html.escape(f.tex()) + "</span>"
                : "<span class=\"math\">" + Html.escape(f.tex()) + "</span>";
    }

    /**
     * Rendered HTML with the placeholders that did not reach a text node (an image's alt attribute) turned
     * back into their TeX source with delimiters, escaped.
     */
    String restoreSource(String html) {
        return PLACEHOLDER.matcher(html).replaceAll(r -> {
            MathScanner.Formula f = formulas.get(Integer.parseInt(r.group(1)));
            String delimiter = f.display() ? "$$" : "$";
            return Matcher.quoteReplacement(Html.escape(delimiter + f.tex() + delimiter));
        });
    }
}
