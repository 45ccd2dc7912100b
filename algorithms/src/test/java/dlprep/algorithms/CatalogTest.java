package dlprep.algorithms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogTest {

    @Test
    void listsThePublicTypesOfEverySubpackage() {
        List<Catalog.Entry> all = Catalog.all();
        assertTrue(all.contains(new Catalog.Entry("structures", "FenwickTree", "class")), all.toString());
        assertTrue(all.contains(new Catalog.Entry("graphs", "ShortestPaths", "record")));
        assertTrue(all.stream().map(Catalog.Entry::topic).distinct().toList()
                .containsAll(List.of("dp", "geometry", "graphs", "math", "search", "strings", "structures")));
        assertFalse(all.stream().anyMatch(e -> e.name().equals("Catalog")), "the root package is not a topic");
        assertFalse(all.stream().anyMatch(e -> e.name().contains("Test")), "test classes are not in the module");
    }

    @Test
    void nestedTypesPackageInfoAndNonPublicClassesAreLeftOut() {
        List<Catalog.Entry> entries = Catalog.entries(List.of(
                "dlprep/algorithms/graphs/Dijkstra.class",
                "dlprep/algorithms/graphs/Dijkstra$Entry.class",
                "dlprep/algorithms/graphs/package-info.class",
                "dlprep/algorithms/Catalog.class",
                "dlprep/algorithms/graphs/NoSuchClass.class"));
        assertEquals(List.of(new Catalog.Entry("graphs", "Dijkstra", "class")), entries);
    }

    @Test
    void readsClassNamesFromAJarAsFromAFolder(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("algorithms.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("dlprep/algorithms/math/Gcd.class", "dlprep/other/X.class", "META-INF/x.txt")) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }
        assertEquals(List.of("dlprep/algorithms/math/Gcd.class"), Catalog.classesInJar(jar));
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("dlprep/algorithms/offer"));
        try (OutputStream o = Files.newOutputStream(classes.resolve("dlprep/algorithms/offer/Jz01.class"))) {
            o.write(0);
        }
        assertEquals(List.of("dlprep/algorithms/offer/Jz01.class"), Catalog.classesInFolder(classes));
        assertEquals(List.of(), Catalog.classesInFolder(dir.resolve("missing")));
    }
}
