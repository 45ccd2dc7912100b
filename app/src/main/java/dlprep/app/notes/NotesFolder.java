package dlprep.app.notes;

import dlprep.kb.KnowledgeBase;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** The {@code --notes} option of the commands that read the notes ({@code notes ...}, {@code serve}). */
public final class NotesFolder {
    @Option(names = "--notes", paramLabel = "DIR",
            description = "the notes folder (default: notes/ of the DL-Prep checkout)")
    Path dir;

    /** The folder given, else {@code notes/} of the checkout the launcher names in {@code dlprep.home}. */
    public Path resolve() {
        if (dir != null) {
            return dir;
        }
        String home = System.getProperty("dlprep.home");
        return home != null ? Path.of(home, "notes") : Path.of("notes");
    }

    public KnowledgeBase load() throws IOException {
        return KnowledgeBase.load(resolve());
    }
}
