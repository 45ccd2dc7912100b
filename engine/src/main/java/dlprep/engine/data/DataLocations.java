package dlprep.engine.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where data sets are looked for, in order, first hit wins:
 * <ol>
 *   <li>{@code $DLPREP_DATA/<name>}, and {@code $DLPREP_DATA} itself, when {@code DLPREP_DATA} is set;</li>
 *   <li>{@code ~/.dlprep/data/<name>}, where {@code dlprep data fetch} puts downloads;</li>
 *   <li>{@code /usr/share/datasets/<name>}, where Debian's {@code dataset-*} packages install.</li>
 * </ol>
 * The environment and the home directory are parameters, not read inside, so the lookup can be tested:
 * a process cannot change its own environment variables.
 *
 * @param dataDir the value of {@code DLPREP_DATA}, or null when it is not set
 * @param home the user's home directory
 * @param systemDir the directory of system-wide data sets ({@value #SYSTEM_DIR} on a real machine)
 */
public record DataLocations(Path dataDir, Path home, Path systemDir) {

    public static final String ENV = "DLPREP_DATA";
    public static final String SYSTEM_DIR = "/usr/share/datasets";

    /** One place to look, with where it comes from (for messages and {@code dlprep data status}). */
    public record Location(Path dir, String source) {
    }

    /** The locations of this process: its {@code DLPREP_DATA}, its user's home, the system directory. */
    public static DataLocations fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The locations given an environment (an empty {@code DLPREP_DATA} counts as unset) and a home. */
    public static DataLocations fromEnvironment(Map<String, String> env, Path home) {
        String data = env.get(ENV);
        return new DataLocations(data == null || data.isBlank() ? null : Path.of(data), home, Path.of(SYSTEM_DIR));
    }

    /** The directories to search for data set {@code name}, in lookup order. */
    public List<Location> candidates(String name) {
        List<Location> out = new ArrayList<>();
        if (dataDir != null) {
            out.add(new Location(dataDir.resolve(name), "$" + ENV + "/" + name));
            out.add(new Location(dataDir, "$" + ENV));
        }
        out.add(new Location(userDir(name), "~/.dlprep/data/" + name));
        out.add(new Location(systemDir.resolve(name), "system-wide (apt-get install dataset-" + name + ")"));
        return out;
    }

    /** Where a download of {@code name} goes: under {@code $DLPREP_DATA} when it is set, else under the home. */
    public Path downloadDir(String name) {
        return dataDir != null ? dataDir.resolve(name) : userDir(name);
    }

    private Path userDir(String name) {
        return home.resolve(".dlprep").resolve("data").resolve(name);
    }
}
