package dlprep.algorithms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every public top-level type of this module, found by listing the class files next to this one (the
 * module's jar or its {@code target/classes} folder). A scan rather than a hand-kept registry: a class added
 * to any subpackage (math, graphs, offer, leetcode, ...) is listed without editing anything else, and no
 * list can fall out of date. Nested types and package-info are left out; the root package holds only this
 * class, which is infrastructure, so it is left out too.
 */
public final class Catalog {

    private static final String ROOT = "dlprep/algorithms/";

    /** One listed type: its topic (the subpackage below dlprep.algorithms), simple name and kind. */
    public record Entry(String topic, String name, String kind) {
    }

    private Catalog() {
    }

    /** All entries, sorted by topic, then name. */
    public static List<Entry> all() {
        try {
            Path location = Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return entries(Files.isDirectory(location) ? classesInFolder(location) : classesInJar(location));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Catalog: cannot locate the algorithms classes: " + e.getMessage(), e);
        }
    }

    /** Class file names ({@code dlprep/algorithms/x/Y.class}) below a classes folder. */
    static List<String> classesInFolder(Path root) {
        Path base = root.resolve(ROOT);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Catalog: cannot list " + base, e);
        }
    }

    /** Class file names below dlprep/algorithms in a jar. */
    static List<String> classesInJar(Path jar) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.startsWith(ROOT) && name.endsWith(".class")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Catalog: cannot read " + jar, e);
        }
        return names;
    }

    /** The public top-level types among the class files, sorted. */
    static List<Entry> entries(List<String> classFiles) {
        List<Entry> entries = new ArrayList<>();
        for (String file : classFiles) {
            String binary = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            String inRoot = binary.substring(ROOT.length());
            int dot = inRoot.lastIndexOf('.');
            if (binary.contains("$") || binary.endsWith("package-info") || dot < 0) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(binary, false, Catalog.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;   // a stray class file that does not load is not part of the catalogue
            }
            if (Modifier.isPublic(type.getModifiers())) {
                entries.add(new Entry(inRoot.substring(0, dot), type.getSimpleName(), kind(type)));
            }
        }
        entries.sort(Comparator.comparing(Entry::topic).thenComparing(Entry::name));
        return entries;
    }

    private static String kind(Class<?> type) {
        if (type.isRecord()) {
            return "record";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isInterface()) {
            return "interface";
        }
        return "class";
    }
}
