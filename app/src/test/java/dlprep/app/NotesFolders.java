package dlprep.app;

import dlprep.kb.Part;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Notes folders for tests: every part folder of the knowledge base, empty, for the test to fill. */
public final class NotesFolders {

    private NotesFolders() {
    }

    /** Creates {@code root} with the seven part folders and returns it. */
    public static Path create(Path root) throws IOException {
        for (Part part : Part.ALL) {
            Files.createDirectories(root.resolve(part.folder()));
        }
        return root;
    }
}
