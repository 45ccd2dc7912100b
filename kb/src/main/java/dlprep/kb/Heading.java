package dlprep.kb;

/** A heading of a note: its level (1-6), its plain text, its GitHub anchor and its 1-based line. */
public record Heading(int level, String text, String anchor, int line) {
}
