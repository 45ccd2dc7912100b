package dlprep.app.serve;

import dlprep.kb.Heading;
import dlprep.kb.KnowledgeBase;
import dlprep.kb.Note;
import dlprep.kb.NoteParser;
import dlprep.kb.Question;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search over the notes and the interview questions, section by section (the text under one heading).
 * Matching is by substring of the lower-cased text, every term of the query required: Chinese has no spaces
 * between words, so a query such as {@code 批归一化} must match inside a longer run of characters, which a
 * whitespace tokeniser would never split out. Spaces in the query separate terms ({@code adam 偏差}).
 */
final class SearchIndex {

    /** A section: its note, its heading (empty for the text before the first heading), the question it is. */
    record Section(Note note, Heading heading, String text, Question question) {
        String title() {
            return note.frontMatter().title();
        }

        String url() {
            return ViewerLinks.note(note.id()) + (heading == null ? "" : "#" + heading.anchor());
        }
    }

    /** A hit: the section, its score (title over heading over text) and a snippet of its text. */
    record Hit(Section section, int score, String snippetHtml) {
    }

    private static final int LIMIT = 50;
    private static final int BEFORE = 30;
    private static final int AFTER = 70;

    private final List<Section> sections;

    private SearchIndex(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    static SearchIndex of(KnowledgeBase kb) {
        Map<String, Question> byAnchor = new java.util.HashMap<>();
        kb.questions().forEach(q -> byAnchor.put(q.noteId() + "#" + q.anchor(), q));
        List<Section> sections = new ArrayList<>();
        for (Note note : kb.notes()) {
            Heading heading = null;
            StringBuilder text = new StringBuilder();
            for (Node block = note.document().getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof org.commonmark.node.Heading h) {
                    sections.add(section(note, heading, text, byAnchor));
                    heading = note.headingAt(NoteParser.line(h)).orElse(null);
                    text.setLength(0);
                } else {
                    text.append(NoteParser.plainText(block).strip()).append(' ');
                }
            }
            sections.add(section(note, heading, text, byAnchor));
        }
        sections.removeIf(s -> s.heading() == null && s.text().isBlank());
        return new SearchIndex(sections);
    }

    private static Section section(Note note, Heading heading, StringBuilder text, Map<String, Question> byAnchor) {
        Question q = heading == null ? null : byAnchor.get(note.id() + "#" + heading.anchor());
        return new Section(note, heading, text.toString().strip(), q);
    }

    /** The best sections for {@code query}, at most 50; none for a blank query. */
    List<Hit> search(String query) {
        List<String> terms = List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+")).stream()
                .filter(t -> !t.isEmpty()).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Section s : sections) {
            String title = s.title().toLowerCase(Locale.ROOT);
            String heading = s.heading() == null ? "" : s.heading().text().toLowerCase(Locale.ROOT);
            String text = s.text().toLowerCase(Locale.ROOT);
            int score = 0;
            boolean all = true;
            for (String t : terms) {
                boolean inTitle = title.contains(t);
                boolean inHeading = heading.contains(t);
                int inText = occurrences(text, t);
                all &= inTitle || inHeading || inText > 0;
                score += (inTitle ? 3 : 0) + (inHeading ? 10 : 0) + Math.min(inText, 5);
            }
            if (all) {
                hits.add(new Hit(s, score, snippet(s.text(), text, terms)));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed());
        return hits.subList(0, Math.min(LIMIT, hits.size()));
    }

    private static int occurrences(String text, String term) {
        int n = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
            n++;
        }
        return n;
    }

    /**
     * Text around the first term found, terms marked. Positions found in the lower-cased text are used in the
     * original only when lower-casing kept the length (it does for Chinese and ASCII).
     */
    private static String snippet(String original, String lower, List<String> terms) {
        boolean aligned = original.length() == lower.length();
        int at = -1;
        for (String t : terms) {
            int i = lower.indexOf(t);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (!aligned || at < 0) {
            return Html.escape(original.substring(0, Math.min(original.length(), BEFORE + AFTER)));
        }
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(original.length(), at + AFTER);
        StringBuilder sb = new StringBuilder(from > 0 ? "…" : "");
        int i = from;
        while (i < to) {
            String term = termAt(lower, i, terms);
            if (term != null) {
                int end = Math.min(to, i + term.length());
                sb.append("<mark>").append(Html.escape(original.substring(i, end))).append("</mark>");
                i = end;
            } else {
                sb.append(Html.escape(original.substring(i, i + 1)));
                i++;
            }
        }
        return sb.append(to < original.length() ? "…" : "").toString();
    }

    private static String termAt(String lower, int i, List<String> terms) {
        for (String t : terms) {
            if (lower.startsWith(t, i)) {
                return t;
            }
        }
        return null;
    }
}
