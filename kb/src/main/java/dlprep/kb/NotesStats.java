package dlprep.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code dlprep notes stats}: per part, how many notes, words, formulas, questions and todo markers. A word
 * is a Chinese character or a run of Latin letters and digits, counted in prose (not in code, not in the
 * metadata comments of questions).
 */
public final class NotesStats {

    /** The counts of one part (or of all, with part "total"). */
    public record Row(String part, int notes, int words, int formulas, int questions, int todos) {
        Row plus(Row o) {
            return new Row(part, notes + o.notes, words + o.words, formulas + o.formulas, questions + o.questions,
                    todos + o.todos);
        }
    }

    private NotesStats() {
    }

    /** One row per part in reading order, then the total. */
    public static List<Row> of(KnowledgeBase kb) {
        List<Row> rows = new ArrayList<>();
        Row total = new Row("total", 0, 0, 0, 0, 0);
        for (Part part : Part.ALL) {
            Row row = new Row(part.folder(), 0, 0, 0, 0, 0);
            for (Note note : kb.notesOf(part)) {
                int questions = (int) kb.questions().stream().filter(q -> q.noteId().equals(note.id())).count();
                row = row.plus(new Row(part.folder(), 1, words(note), MathScanner.scan(note, new ArrayList<>()).size(),
                        questions, Todos.of(note).size()));
            }
            rows.add(row);
            total = total.plus(row);
        }
        rows.add(total);
        return rows;
    }

    static int words(Note note) {
        int words = 0;
        for (ProseLines.Line line : ProseLines.of(note)) {
            String text = line.text();
            if (text.strip().startsWith("<!--")) {
                continue;
            }
            boolean inLatinWord = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    words++;
                    inLatinWord = false;
                } else if (cp < 128 && Character.isLetterOrDigit(cp)) {
                    if (!inLatinWord) {
                        words++;
                    }
                    inLatinWord = true;
                } else {
                    inLatinWord = false;
                }
            }
        }
        return words;
    }
}
