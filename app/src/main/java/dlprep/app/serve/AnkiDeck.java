package dlprep.app.serve;

import dlprep.kb.Question;

import java.util.List;

/**
 * The interview bank as a text file Anki imports (File > Import, Anki 2.1.55 or newer): tab-separated, one note
 * per line with the fields Front (the question), Back (the answer as HTML, formulas in MathJax delimiters) and
 * Tags. The header lines set the import options, so Anki picks them itself: separator tab, HTML allowed, note
 * type Basic, deck "DL-Prep", tags in column 3. A field holding a tab, a line break or a quote is quoted as in
 * CSV ({@code "..."}, quotes doubled). Links and images point at the viewer that wrote the file.
 */
final class AnkiDeck {

    private AnkiDeck() {
    }

    /** The deck file; {@code viewerOrigin} (e.g. {@code http://127.0.0.1:7077}) makes the viewer's links absolute. */
    static String tsv(Library.Snapshot snapshot, List<Question> questions, String viewerOrigin) {
        StringBuilder sb = new StringBuilder("""
                #separator:tab
                #html:true
                #notetype:Basic
                #deck:DL-Prep
                #columns:Front\tBack\tTags
                #tags column:3
                """);
        for (Question q : questions) {
            String back = QuizAnswer.withMathJaxDelimiters(QuizAnswer.html(snapshot, q))
                    .replace("=\"/notes/", "=\"" + viewerOrigin + "/notes/");
            List<String> tags = q.tags().stream().map(t -> t.replace(' ', '_')).toList();
            sb.append(field(Html.escape(q.title()))).append('\t').append(field(back)).append('\t')
                    .append(field(String.join(" ", tags))).append('\n');
        }
        return sb.toString();
    }

    private static String field(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('"') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
