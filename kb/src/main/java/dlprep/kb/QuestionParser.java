package dlprep.kb;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the questions of an interview note (format in notes/README.md): each {@code ##} heading is a
 * question, followed by {@code <!-- id: ...; tags: ... -->} and the labelled parts
 * {@code **答案**} (required), {@code **公式**}, {@code **深入**}, {@code **相关**}, in that order.
 */
public final class QuestionParser {

    /** The labels of a question's parts, in the order they must appear. */
    public static final List<String> PARTS = List.of("答案", "公式", "深入", "相关");
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern META = Pattern.compile("<!--\\s*id:\\s*(.*?)\\s*;\\s*tags:\\s*(.*?)\\s*-->",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9+.-]*");

    private QuestionParser() {
    }

    /** The questions of {@code note}; format problems are added to {@code problems}. */
    public static List<Question> parse(Note note, List<Problem> problems) {
        List<Question> questions = new ArrayList<>();
        List<Node> blocks = new ArrayList<>();
        for (Node n = note.document().getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof org.commonmark.node.Heading h) || h.getLevel() != 2) {
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && !(blocks.get(end) instanceof org.commonmark.node.Heading next
                    && next.getLevel() <= 2)) {
                end++;
            }
            int line = NoteParser.line(h);
            int lastLine = end < blocks.size() ? NoteParser.line(blocks.get(end)) - 1 : note.lines().size();
            Heading heading = note.headingAt(line).orElseThrow();
            Question q = question(note, heading, blocks.subList(i + 1, end), lastLine, problems);
            if (q != null) {
                questions.add(q);
            }
        }
        return questions;
    }

    private static Question question(Note note, Heading heading, List<Node> body, int lastLine, List<Problem> problems) {
        Matcher meta = body.isEmpty() || !(body.get(0) instanceof HtmlBlock html) ? null
                : META.matcher(html.getLiteral().strip());
        if (meta == null || !meta.matches()) {
            problems.add(new Problem(note.file(), heading.line(), "question '" + heading.text()
                    + "' has no '<!-- id: ...; tags: ... -->' line right after its heading"));
            return null;
        }
        int metaLine = NoteParser.line(body.get(0));
        String id = meta.group(1);
        if (!ID.matcher(id).matches()) {
            problems.add(new Problem(note.file(), metaLine, "question id '" + id
                    + "' is malformed: use lower-case letters, digits and single '-' (e.g. det-nms)"));
        }
        List<String> tags = Arrays.stream(meta.group(2).split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                problems.add(new Problem(note.file(), metaLine, "tag '" + tag + "' of question " + id
                        + " is malformed: use lower-case words (letters, digits, '-')"));
            }
        }
        List<String> parts = new ArrayList<>();
        for (Node block : body) {
            String label = label(block);
            if (label == null) {
                continue;
            }
            int line = NoteParser.line(block);
            if (parts.contains(label)) {
                problems.add(new Problem(note.file(), line, "question " + id + " has a second **" + label + "** part"));
            } else if (!parts.isEmpty() && PARTS.indexOf(label) < PARTS.indexOf(parts.get(parts.size() - 1))) {
                problems.add(new Problem(note.file(), line, "question " + id + ": **" + label + "** comes after **"
                        + parts.get(parts.size() - 1) + "**; the order is " + String.join(", ", PARTS)));
            }
            parts.add(label);
        }
        if (!parts.contains("答案")) {
            problems.add(new Problem(note.file(), heading.line(), "question " + id + " has no **答案** (answer) part"));
        }
        return new Question(id, tags, heading.text(), note.id(), heading.anchor(), heading.line(), lastLine, parts);
    }

    /** The label of a paragraph that starts with a bold known label, e.g. {@code **答案** ...}; else null. */
    private static String label(Node block) {
        if (block instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong) {
            String text = NoteParser.plainText(strong).strip();
            return PARTS.contains(text) ? text : null;
        }
        return null;
    }
}
