package dlprep.kb;

import java.util.List;

/**
 * One interview question of the bank: its stable id, tags, the question (its heading), where it is (note id,
 * anchor, first and last line of its section, 1-based) and the labelled parts it has ({@code 答案}, ...).
 */
public record Question(String id, List<String> tags, String title, String noteId, String anchor,
                       int firstLine, int lastLine, List<String> parts) {

    public Question {
        tags = List.copyOf(tags);
        parts = List.copyOf(parts);
    }
}
