package dlprep.app.serve;

import dlprep.kb.KnowledgeBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final CompletableFuture<Snapshot> first;
    private Snapshot current;
    private String fingerprint;
    private long checkedAt;

    /** Starts reading {@code root}; a folder that does not exist is an IllegalArgumentException at once. */
    Library(Path root, Duration checkInterval) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("notes folder not found: " + root + " (pass --notes DIR)");
        }
        this.root = root;
        this.checkIntervalNanos = checkInterval.toNanos();
        this.fingerprint = fingerprint();
        this.first = CompletableFuture.supplyAsync(() -> {
            try {
                return new Snapshot(KnowledgeBase.load(root));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the notes folder " + root + ": " + e.getMessage(), e);
            }
        });
    }

    Path root() {
        return root;
    }

    synchronized Snapshot current() {
        if (current == null) {
            current = waitForFirst();
            checkedAt = System.nanoTime();
        }
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

    private Snapshot waitForFirst() {
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
