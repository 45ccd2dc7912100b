package dlprep.kb;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a note: its front matter (parsed here, so that every mistake in it gets a line number) and its
 * Markdown (parsed by commonmark with source positions). The front matter lines are blanked before the
 * Markdown parse, so line numbers in the tree are the file's.
 */
public final class NoteParser {

    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*):\\s*(.*?)\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s+-\\s+(.*?)\\s*$");

    private NoteParser() {
    }

    /**
     * Parses {@code file}, whose id inside the notes folder is {@code id}; problems with its front matter or
     * its encoding are added to {@code problems}. An unreadable file is an IOException.
     */
    public static Note parse(Path file, String id, List<Problem> problems) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file, 0, "not valid UTF-8 text; save the note as UTF-8"));
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().toList();
        List<String> body = new ArrayList<>(lines);
        int bodyStart = frontMatterEnd(lines);
        FrontMatter front = frontMatter(file, lines, bodyStart, problems);
        for (int i = 0; i < bodyStart; i++) {
            body.set(i, "");
        }
        Node document = MARKDOWN.parse(String.join("\n", body));
        List<Heading> headings = headings(document);
        if (front.title().isEmpty() && !headings.isEmpty()) {
            front = new FrontMatter(headings.get(0).text(), front.questions(), front.experiments());
        }
        return new Note(file, id, front, headings, document, lines, bodyStart);
    }

    /** The index of the first line after the front matter: 0 when there is none or it is not closed. */
    private static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static FrontMatter frontMatter(Path file, List<String> lines, int bodyStart, List<Problem> problems) {
        if (bodyStart == 0) {
            boolean opened = !lines.isEmpty() && lines.get(0).strip().equals("---");
            problems.add(new Problem(file, 1, opened ? "front matter is not closed: add a '---' line after its last key"
                    : "no front matter: a note starts with a '---' block that holds at least 'title: ...'"));
            return new FrontMatter("", List.of(), List.of());
        }
        int end = bodyStart - 1;
        String title = "";
        List<String> questions = new ArrayList<>();
        List<String> experiments = new ArrayList<>();
        List<String> currentList = null;
        for (int i = 1; i < end; i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            Matcher item = LIST_ITEM.matcher(line);
            Matcher kv = KEY_VALUE.matcher(line);
            if (line.isBlank()) {
                continue;
            } else if (item.matches()) {
                if (currentList == null) {
                    problems.add(new Problem(file, lineNumber, "front matter list item outside a list key"));
                } else {
                    currentList.add(unquote(item.group(1)));
                }
            } else if (kv.matches()) {
                String key = kv.group(1);
                String value = kv.group(2);
                currentList = null;
                switch (key) {
                    case "title" -> {
                        title = unquote(value);
                        if (title.isEmpty()) {
                            problems.add(new Problem(file, lineNumber, "front matter: title is empty"));
                        }
                    }
                    case "questions" -> currentList = listValue(file, lineNumber, key, value, questions, problems);
                    case "experiments" -> currentList = listValue(file, lineNumber, key, value, experiments, problems);
                    default -> problems.add(new Problem(file, lineNumber, "front matter: unknown key '" + key
                            + "' (known keys: " + String.join(", ", FrontMatter.KEYS) + ")"));
                }
            } else {
                problems.add(new Problem(file, lineNumber, "front matter: expected 'key: value' or '  - item', got '"
                        + line.strip() + "'"));
            }
        }
        if (title.isEmpty()) {
            problems.add(new Problem(file, 1, "front matter has no title"));
        }
        return new FrontMatter(title, questions, experiments);
    }

    /** An inline list {@code [a, b]} is filled at once; an empty value opens a block list of {@code - item} lines. */
    private static List<String> listValue(Path file, int line, String key, String value, List<String> into,
                                          List<Problem> problems) {
        if (value.isEmpty()) {
            return into;
        }
        if (!(value.startsWith("[") && value.endsWith("]"))) {
            problems.add(new Problem(file, line, "front matter: " + key + " must be a list, e.g. " + key + ": [a, b]"));
            return null;
        }
        for (String part : value.substring(1, value.length() - 1).split(",")) {
            if (!part.isBlank()) {
                into.add(unquote(part.strip()));
            }
        }
        return null;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static List<Heading> headings(Node document) {
        List<Heading> headings = new ArrayList<>();
        Slugger slugger = new Slugger();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                String text = plainText(heading).strip();
                headings.add(new Heading(heading.getLevel(), text, slugger.slug(text), line(heading)));
            }
        });
        return headings;
    }

    /** The text a reader sees: text and code literals, line breaks as spaces, markup and inline HTML dropped. */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append(' ');
            }
        });
        return sb.toString();
    }

    /** The 1-based line where a node starts (0 if the parser kept no position). */
    public static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
