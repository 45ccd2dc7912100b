package dlprep.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small notes folders for the tests: every part folder present, notes added by path. */
final class NotesFixture {

    private final Path root;

    NotesFixture(Path dir) {
        this.root = dir.resolve("notes");
        try {
            for (Part part : Part.ALL) {
                Files.createDirectories(root.resolve(part.folder()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** Writes {@code notes/<id>} (creating folders) and returns its path. */
    Path write(String id, String text) {
        try {
            Path file = root.resolve(id);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid note with this title and body. */
    static String note(String title, String body) {
        return "---\ntitle: " + title + "\n---\n\n# " + title + "\n\n" + body;
    }

    KnowledgeBase load() {
        try {
            return KnowledgeBase.load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
