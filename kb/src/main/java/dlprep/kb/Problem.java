package dlprep.kb;

import java.nio.file.Path;

/** Something wrong in a note, at a line (1-based; 0 when it concerns the whole file). */
public record Problem(Path file, int line, String message) {

    /** {@code file:line: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
