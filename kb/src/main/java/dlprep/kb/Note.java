package dlprep.kb;

import org.commonmark.node.Node;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One parsed note: where it is ({@code id} is its path inside the notes folder with {@code /}, e.g.
 * {@code 03-dl/06-cnn-basics.md}), its front matter, its headings with their anchors, the Markdown tree
 * (with source positions) and the raw lines (for the checks that look at text the Markdown parser does not
 * keep, such as math); {@code bodyStart} is the index of the first line after the front matter.
 */
public record Note(Path file, String id, FrontMatter frontMatter, List<Heading> headings, Node document,
                   List<String> lines, int bodyStart) {

    public Note {
        headings = List.copyOf(headings);
        lines = List.copyOf(lines);
    }

    /** The part folder this note belongs to, e.g. {@code 03-dl}. */
    public String part() {
        int slash = id.indexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    public boolean hasAnchor(String anchor) {
        return headings.stream().anyMatch(h -> h.anchor().equals(anchor));
    }

    public Optional<Heading> headingAt(int line) {
        return headings.stream().filter(h -> h.line() == line).findFirst();
    }
}
