package dlprep.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code **todo**} markers of the notes: a heading or text written down to be finished later. */
public final class Todos {

    /** One marker: the note, its 1-based line, and the line's text. */
    public record Marker(Note note, int line, String text) {
        @Override
        public String toString() {
            return note.file() + ":" + line + ": " + text.strip();
        }
    }

    private Todos() {
    }

    /** Whether a line of Markdown source carries the marker (any case, as the original wrote it). */
    static boolean isMarked(String sourceLine) {
        return sourceLine.toLowerCase(Locale.ROOT).contains("**todo**");
    }

    public static List<Marker> of(KnowledgeBase kb) {
        List<Marker> markers = new ArrayList<>();
        for (Note note : kb.notes()) {
            markers.addAll(of(note));
        }
        return markers;
    }

    public static List<Marker> of(Note note) {
        List<Marker> markers = new ArrayList<>();
        for (ProseLines.Line line : ProseLines.of(note)) {
            if (isMarked(line.text())) {
                markers.add(new Marker(note, line.number(), line.text()));
            }
        }
        return markers;
    }
}
