package dlprep.kb;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code dlprep notes check}: everything that would make a note wrong on GitHub or in the viewer. Broken
 * relative links and anchors, missing or wrongly-cased images and files, math KaTeX cannot render, links to
 * experiments that do not exist, front matter that names unknown questions or experiments, headings with
 * neither content nor a todo marker, a note without exactly one title heading, and the question-format
 * problems found while loading.
 */
public final class NotesCheck {

    private static final Pattern RUN_COMMAND = Pattern.compile("dlprep run ([A-Za-z0-9_-]+)");
    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private NotesCheck() {
    }

    /** Every problem of the knowledge base, sorted by file and line; {@code experiments} are the valid run ids. */
    public static List<Problem> run(KnowledgeBase kb, Set<String> experiments) {
        List<Problem> problems = new ArrayList<>(kb.problems());
        Set<String> questionIds = kb.questionsById().keySet();
        for (Note note : kb.notes()) {
            checkTitle(note, problems);
            checkEmptyHeadings(note, problems);
            checkLinks(kb, note, problems);
            checkExperiments(note, experiments, problems);
            MathScanner.scan(note, problems);
            for (String id : note.frontMatter().questions()) {
                if (!questionIds.contains(id)) {
                    problems.add(new Problem(note.file(), 1, "front matter names question '" + id
                            + "', which is not in the interview bank"));
                }
            }
        }
        problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line));
        return problems;
    }

    private static void checkTitle(Note note, List<Problem> problems) {
        long titles = note.headings().stream().filter(h -> h.level() == 1).count();
        if (titles != 1) {
            problems.add(new Problem(note.file(), 1, "a note has exactly one '#' title heading; this one has " + titles));
        }
    }

    /** A heading followed directly by a heading of the same or a higher level (or by nothing) is empty. */
    private static void checkEmptyHeadings(Note note, List<Problem> problems) {
        for (Node n = note.document().getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Heading h)) {
                continue;
            }
            Node next = n.getNext();
            boolean empty = next == null || next instanceof Heading following && following.getLevel() <= h.getLevel();
            String text = NoteParser.plainText(h);
            int line = NoteParser.line(h);
            if (empty && !Todos.isMarked(note.lines().get(line - 1)) && h.getLevel() > 1) {
                problems.add(new Problem(note.file(), line, "heading '" + text.strip()
                        + "' has no content (write it, or mark it **todo**)"));
            }
        }
    }

    private static void checkLinks(KnowledgeBase kb, Note note, List<Problem> problems) {
        note.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                checkTarget(kb, note, link.getDestination(), NoteParser.line(link), "link", problems);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkTarget(kb, note, image.getDestination(), NoteParser.line(image), "image", problems);
            }
        });
    }

    private static void checkTarget(KnowledgeBase kb, Note note, String destination, int line, String kind,
                                    List<Problem> problems) {
        if (destination.isEmpty()) {
            problems.add(new Problem(note.file(), line, kind + " has an empty target"));
            return;
        }
        if (EXTERNAL.matcher(destination).matches()) {
            return; // http(s), mailto: checked by nobody offline
        }
        String target = decode(destination);
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        if (path.isEmpty()) {
            if (!note.hasAnchor(anchor)) {
                problems.add(new Problem(note.file(), line, "no heading with anchor '#" + anchor + "' in this note"));
            }
            return;
        }
        Path resolved = note.file().getParent().resolve(path).normalize();
        if (!Files.exists(resolved)) {
            problems.add(new Problem(note.file(), line, kind + " target '" + path + "' does not exist"
                    + caseHint(resolved)));
            return;
        }
        if (anchor != null && path.endsWith(".md")) {
            kb.noteAt(resolved).ifPresentOrElse(target2 -> {
                if (!target2.hasAnchor(anchor)) {
                    problems.add(new Problem(note.file(), line, "no heading with anchor '#" + anchor + "' in "
                            + target2.id()));
                }
            }, () -> { });
        }
    }

    private static String decode(String destination) {
        if (!destination.contains("%")) {
            return destination;
        }
        try {
            return URLDecoder.decode(destination.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return destination;
        }
    }

    /** When only the case differs from an existing file (which GitHub's Linux servers do not forgive), say so. */
    private static String caseHint(Path missing) {
        Path parent = missing.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "";
        }
        String name = missing.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).equals(name)).findFirst()
                    .map(n -> " (wrong case: the file is '" + n + "')").orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static void checkExperiments(Note note, Set<String> experiments, List<Problem> problems) {
        for (String id : note.frontMatter().experiments()) {
            if (!experiments.contains(id)) {
                problems.add(new Problem(note.file(), 1, "front matter names experiment '" + id
                        + "', which `dlprep list` does not know"));
            }
        }
        note.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                checkCommands(code.getLiteral(), NoteParser.line(code));
            }

            @Override
            public void visit(FencedCodeBlock block) {
                checkCommands(block.getLiteral(), NoteParser.line(block));
            }

            private void checkCommands(String text, int line) {
                Matcher m = RUN_COMMAND.matcher(text);
                while (m.find()) {
                    if (!experiments.contains(m.group(1))) {
                        problems.add(new Problem(note.file(), line, "`dlprep run " + m.group(1)
                                + "`: no such experiment (`dlprep list` shows them)"));
                    }
                }
            }
        });
    }
}
