package dlprep.app.serve;

import dlprep.kb.Question;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's answer as HTML: its section of the interview note, cut from the note rendered by
 * {@link NoteRenderer} exactly as the note page shows it (formulas as KaTeX containers, links into the viewer):
 * everything after the question's {@code ##} heading up to the next {@code ##} heading, without the metadata
 * comment ({@code <!-- id: ...; tags: ... -->}) that opens it.
 */
final class QuizAnswer {

    private static final Pattern METADATA = Pattern.compile("^<!--.*?-->\\s*", Pattern.DOTALL);
    private static final Pattern MATH = Pattern.compile("<span class=\"math( display)?\">(.*?)</span>", Pattern.DOTALL);

    private QuizAnswer() {
    }

    static String html(Library.Snapshot snapshot, Question q) {
        String body = snapshot.page("quiz-body:" + q.noteId(),
                () -> snapshot.kb.note(q.noteId()).map(n -> NoteRenderer.render(n, Map.of())).orElse(""));
        String heading = "<h2 id=\"" + Html.escape(q.anchor()) + "\"";
        int at = body.indexOf(heading);
        if (at < 0) {
            return "";
        }
        int start = body.indexOf("</h2>", at) + "</h2>".length();
        int end = body.indexOf("<h2", start);
        String section = body.substring(start, end < 0 ? body.length() : end).strip();
        return METADATA.matcher(section).replaceFirst("");
    }

    /**
     * {@code html} with its formula containers written as MathJax delimiters, {@code \(...\)} and {@code \[...\]},
     * which Anki renders; the TeX stays HTML-escaped, as Anki reads it from the field's text.
     */
    static String withMathJaxDelimiters(String html) {
        Matcher m = MATH.matcher(html);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) == null ? "\\(" + r.group(2) + "\\)"
                : "\\[" + r.group(2) + "\\]"));
    }
}
