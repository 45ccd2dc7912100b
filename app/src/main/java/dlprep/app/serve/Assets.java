package dlprep.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The files the pages load, all from the classpath so the viewer works offline: the viewer's own stylesheet
 * and scripts (a fixed list), KaTeX's {@code dist/} folder from its webjar (script, stylesheet, fonts) and
 * uPlot's script and stylesheet from its webjar, each looked up under the version the webjar declares.
 */
final class Assets {

    /** An asset's bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final String OWN = "dlprep/web/";
    private static final Map<String, String> OWN_FILES = Map.of(
            "viewer.css", "text/css; charset=utf-8",
            "viewer.js", "text/javascript; charset=utf-8",
            "theme.js", "text/javascript; charset=utf-8",
            "experiments.js", "text/javascript; charset=utf-8");
    private static final Map<String, String> UPLOT_FILES = Map.of(
            "uPlot.iife.min.js", "text/javascript; charset=utf-8", "uPlot.min.css", "text/css; charset=utf-8");
    private static final Pattern KATEX_FILE = Pattern.compile("(contrib/|fonts/)?[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf");

    private final String katexDist;
    private final String uplotDist;
    /** Loaded assets by resource name; only names that passed the checks above get here, so it stays small. */
    private final Map<String, Optional<Asset>> loaded = new ConcurrentHashMap<>();

    Assets() {
        katexDist = webjarDist("katex");
        uplotDist = webjarDist("uplot");
    }

    /** The {@code dist/} folder of the npm webjar {@code artifact}, under the version its pom.properties declares. */
    private static String webjarDist(String artifact) {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " webjar is not on the classpath; rebuild with ./mvnw package");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version") + "/dist/";
    }

    /** The viewer's own file {@code name} ({@code viewer.css}, ...). */
    Optional<Asset> own(String name) {
        String type = OWN_FILES.get(name);
        return type == null ? Optional.empty() : loaded.computeIfAbsent(OWN + name, r -> load(r, type));
    }

    /** A file of KaTeX's {@code dist/} folder, e.g. {@code katex.min.js} or {@code fonts/KaTeX_Main-Regular.woff2}. */
    Optional<Asset> katex(String path) {
        if (path == null || !KATEX_FILE.matcher(path).matches()) {
            return Optional.empty();
        }
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        return type == null ? Optional.empty() : loaded.computeIfAbsent(katexDist + path, r -> load(r, type));
    }

    /** uPlot's {@code uPlot.iife.min.js} or {@code uPlot.min.css}. */
    Optional<Asset> uplot(String name) {
        String type = UPLOT_FILES.get(name);
        return type == null ? Optional.empty() : loaded.computeIfAbsent(uplotDist + name, r -> load(r, type));
    }

    private static Optional<Asset> load(String resource, String type) {
        try (InputStream in = resource(resource)) {
            return in == null ? Optional.empty() : Optional.of(new Asset(in.readAllBytes(), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return Assets.class.getClassLoader().getResourceAsStream(name);
    }
}
