package dlprep.app.serve;

import dlprep.kb.KnowledgeBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The notes as the viewer serves them: the loaded knowledge base, its search index and the pages rendered
 * from it. An edited, added or removed note is picked up on the next request: at most once per
 * {@code checkInterval} the notes folder's Markdown files are listed with their sizes and modification times,
 * and when that listing changed the folder is read again and the rendered pages are dropped.
 */
final class Library {

    /** One reading of the notes folder and what was built from it. */
    static final class Snapshot {
        final KnowledgeBase kb;
        final SearchIndex search;
        private final Map<String, String> pages = new ConcurrentHashMap<>();

        Snapshot(KnowledgeBase kb) {
            this.kb = kb;
            this.search = SearchIndex.of(kb);
        }

        /** The page cached under {@code key}, rendering it the first time. */
        String page(String key, Supplier<String> render) {
            return pages.computeIfAbsent(key, k -> render.get());
        }
    }

    private final Path root;
    private final long checkIntervalNanos;
    private Snapshot current;
    private String fingerprint;
    private long checkedAt;

    Library(Path root, Duration checkInterval) throws IOException {
        this.root = root;
        this.checkIntervalNanos = checkInterval.toNanos();
        this.current = new Snapshot(KnowledgeBase.load(root));
        this.fingerprint = fingerprint();
        this.checkedAt = System.nanoTime();
    }

    Path root() {
        return root;
    }

    synchronized Snapshot current() {
        long now = System.nanoTime();
        if (now - checkedAt < checkIntervalNanos) {
            return current;
        }
        checkedAt = now;
        try {
            String seen = fingerprint();
            if (!seen.equals(fingerprint)) {
                current = new Snapshot(KnowledgeBase.load(root));
                fingerprint = seen;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notes folder " + root + ": " + e.getMessage(), e);
        }
        return current;
    }

    /** Every Markdown file of the part folders with its size and modification time. */
    private String fingerprint() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.find(root, 2, (p, a) -> a.isRegularFile() && p.toString().endsWith(".md"))) {
            for (Path p : files.sorted().toList()) {
                sb.append(root.relativize(p)).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        }
        return sb.toString();
    }
}
