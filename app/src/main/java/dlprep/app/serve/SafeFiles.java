package dlprep.app.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a name taken from a URL into a file inside one folder, or nothing. The name must be a plain file name
 * (letters, digits, {@code . _ -}, not starting with a dot), so {@code ..}, separators, encoded or not, and
 * absolute paths never get as far as the file system; the resolved real path must still lie in the folder,
 * so a symbolic link cannot lead out either.
 */
final class SafeFiles {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*");

    private SafeFiles() {
    }

    static Optional<Path> resolve(Path folder, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            Path base = folder.toRealPath();
            Path file = base.resolve(name).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(base)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
