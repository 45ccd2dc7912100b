package dlprep.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The notes folder loaded: every note of the seven parts in reading order, the interview questions, and the
 * problems found while reading them (malformed front matter, question format, duplicate ids).
 */
public record KnowledgeBase(Path root, List<Note> notes, List<Question> questions, List<Problem> problems) {

    public KnowledgeBase {
        notes = List.copyOf(notes);
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /** Reads {@code root} (the notes folder); a missing folder is an error that says which one. */
    public static KnowledgeBase load(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("notes folder not found: " + root + " (pass --notes DIR)");
        }
        List<Problem> problems = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .filter(name -> Part.of(name).isEmpty())
                    .forEach(name -> problems.add(new Problem(root.resolve(name), 0, "folder '" + name
                            + "' is not one of the seven parts (" + String.join(", ",
                            Part.ALL.stream().map(Part::folder).toList()) + ")")));
        }
        for (Part part : Part.ALL) {
            Path folder = root.resolve(part.folder());
            if (!Files.isDirectory(folder)) {
                problems.add(new Problem(folder, 0, "part folder is missing"));
                continue;
            }
            List<Path> files;
            try (Stream<Path> entries = Files.list(folder)) {
                files = entries.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                        .sorted().toList();
            }
            for (Path file : files) {
                notes.add(NoteParser.parse(file, part.folder() + "/" + file.getFileName(), problems));
            }
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Question> byId = new HashMap<>();
        for (Note note : notes) {
            if (!note.part().equals(Part.INTERVIEW)) {
                continue;
            }
            for (Question q : QuestionParser.parse(note, problems)) {
                Question first = byId.putIfAbsent(q.id(), q);
                if (first != null) {
                    problems.add(new Problem(note.file(), q.firstLine(), "question id '" + q.id()
                            + "' is already used by " + first.noteId() + ":" + first.firstLine()));
                } else {
                    questions.add(q);
                }
            }
        }
        return new KnowledgeBase(root, notes, questions, problems);
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Note> noteAt(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return notes.stream().filter(n -> n.file().toAbsolutePath().normalize().equals(normal)).findFirst();
    }

    public Map<String, Question> questionsById() {
        Map<String, Question> map = new LinkedHashMap<>();
        questions.forEach(q -> map.put(q.id(), q));
        return map;
    }

    /** The notes of one part, in reading order. */
    public List<Note> notesOf(Part part) {
        return notes.stream().filter(n -> n.part().equals(part.folder())).toList();
    }
}
