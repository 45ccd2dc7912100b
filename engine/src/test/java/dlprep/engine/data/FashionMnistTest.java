package dlprep.engine.data;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FashionMnistTest {

    static final Path INSTALLED = Path.of(DataLocations.SYSTEM_DIR, FashionMnist.NAME);

    @TempDir
    Path tmp;

    static Path subset() {
        try {
            return Path.of(FashionMnistTest.class.getResource("/fashion-mnist-subset").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a split of {@code n} tiny 2x2 examples (labels 0, 1, ...) into {@code dir}, gzip or raw. */
    static void fakeSplit(Path dir, boolean train, int n, boolean gzip) throws IOException {
        String split = train ? "train" : "t10k";
        String gz = gzip ? ".gz" : "";
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 10);
        }
        Idx.writeImages(dir.resolve(split + "-images-idx3-ubyte" + gz), new Idx.Images(n, 2, 2, new byte[n * 4]), gzip);
        Idx.writeLabels(dir.resolve(split + "-labels-idx1-ubyte" + gz), labels, gzip);
    }

    DataLocations locations(boolean withDataDir) {
        return new DataLocations(withDataDir ? tmp.resolve("env") : null, tmp.resolve("home"), tmp.resolve("sys"));
    }

    // ---------------------------------------------------------------- the committed subset

    @Test
    void subsetLoadsThroughTheSameReader() throws IOException {
        for (boolean train : new boolean[] {true, false}) {
            TensorDataset data = FashionMnist.load(subset(), train);
            assertEquals(500, data.size());
            assertArrayEquals(new int[] {500, 1, 28, 28}, data.features().shape());
            assertArrayEquals(new int[] {500}, data.labels().shape());
            for (float y : data.labels().toArray()) {
                assertTrue(y >= 0 && y <= 9 && y == Math.rint(y), "label " + y);
            }
            assertEquals(0.0, data.features().min().item());
            assertEquals(1.0, data.features().max().item());
        }
    }

    @Test
    void firstTrainingExampleIsAnAnkleBoot() throws IOException {
        // The first image of the training set is an ankle boot (label 9), as the Fashion-MNIST README's
        // sprite and every loader show.
        Tensor labels = FashionMnist.load(subset(), true).labels();
        assertEquals("Ankle boot", FashionMnist.textLabels(labels.slice(0, 0, 1)).get(0));
    }

    @Test
    void subsetIsTheFirst500ExamplesOfTheRealData() throws IOException {
        assumeTrue(Files.isDirectory(INSTALLED), INSTALLED + " is absent (apt-get install dataset-fashion-mnist)");
        for (String split : List.of("train", "t10k")) {
            String images = split + "-images-idx3-ubyte.gz";
            String labels = split + "-labels-idx1-ubyte.gz";
            assertArrayEquals(Idx.readImages(INSTALLED.resolve(images)).head(500).pixels(),
                    Idx.readImages(subset().resolve(images)).pixels());
            assertArrayEquals(Arrays.copyOf(Idx.readLabels(INSTALLED.resolve(labels)), 500),
                    Idx.readLabels(subset().resolve(labels)));
        }
    }

    @Test
    void fullTrainingSetHas6000ImagesOfEachClass() throws IOException {
        assumeTrue(Files.isDirectory(INSTALLED), INSTALLED + " is absent (apt-get install dataset-fashion-mnist)");
        TensorDataset train = FashionMnist.load(INSTALLED, true);
        assertArrayEquals(new int[] {60000, 1, 28, 28}, train.features().shape());
        int[] counts = new int[10];
        for (float y : train.labels().floatData()) {
            counts[(int) y]++;
        }
        int[] expected = new int[10];
        Arrays.fill(expected, 6000); // the README: 60,000 training examples, balanced over 10 classes
        assertArrayEquals(expected, counts);
    }

    @Test
    void classNamesFollowTheLabelOrderOfTheReadme() {
        assertEquals(10, FashionMnist.CLASSES.size());
        assertEquals("T-shirt/top", FashionMnist.CLASSES.get(0));
        assertEquals("Trouser", FashionMnist.CLASSES.get(1));
        assertEquals("Ankle boot", FashionMnist.CLASSES.get(9));
        assertEquals(List.of("Sandal", "Bag"), FashionMnist.textLabels(Tensor.of(new float[] {5, 8})));
    }

    // ---------------------------------------------------------------- lookup

    @Test
    void lookupTakesTheFirstLocationThatHasTheData() throws IOException {
        fakeSplit(tmp.resolve("env/fashion-mnist"), true, 1, true);
        fakeSplit(tmp.resolve("env"), true, 2, true);
        fakeSplit(tmp.resolve("home/.dlprep/data/fashion-mnist"), true, 3, true);
        fakeSplit(tmp.resolve("sys/fashion-mnist"), true, 4, false);
        DataLocations where = locations(true);
        assertEquals(1, FashionMnist.load(where, true).size());
        deleteTree(tmp.resolve("env/fashion-mnist"));
        assertEquals(2, FashionMnist.load(where, true).size(), "$DLPREP_DATA itself holding the files");
        deleteTree(tmp.resolve("env"));
        assertEquals(3, FashionMnist.load(where, true).size());
        deleteTree(tmp.resolve("home"));
        assertEquals(4, FashionMnist.load(where, true).size(), "raw files in the system directory");
    }

    @Test
    void withoutDlprepDataTheHomeComesFirst() throws IOException {
        fakeSplit(tmp.resolve("env/fashion-mnist"), true, 1, true);
        fakeSplit(tmp.resolve("home/.dlprep/data/fashion-mnist"), true, 3, true);
        assertEquals(3, FashionMnist.load(locations(false), true).size());
    }

    @Test
    void aLocationCountsForASplitOnlyWithBothOfItsFiles() throws IOException {
        Path env = tmp.resolve("env/fashion-mnist");
        fakeSplit(env, true, 1, true);
        Files.delete(env.resolve("train-labels-idx1-ubyte.gz"));
        fakeSplit(tmp.resolve("sys/fashion-mnist"), true, 4, true);
        assertEquals(4, FashionMnist.load(locations(true), true).size());
    }

    @Test
    void brokenFilesAtTheFirstHitAreReportedNotSkipped() throws IOException {
        Path env = tmp.resolve("env/fashion-mnist");
        fakeSplit(env, true, 3, true);
        Files.write(env.resolve("train-images-idx3-ubyte.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2});
        fakeSplit(tmp.resolve("sys/fashion-mnist"), true, 4, true);
        IOException e = assertThrows(IOException.class, () -> FashionMnist.load(locations(true), true));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz: corrupt gzip data"), e.getMessage());
    }

    @Test
    void labelsOutsideTheTenClassesAreRejected() throws IOException {
        Path dir = tmp.resolve("d");
        Idx.writeImages(dir.resolve("t10k-images-idx3-ubyte"), new Idx.Images(2, 1, 1, new byte[2]), false);
        Idx.writeLabels(dir.resolve("t10k-labels-idx1-ubyte"), new byte[] {3, 12}, false);
        IOException e = assertThrows(IOException.class, () -> FashionMnist.load(dir, false));
        assertTrue(e.getMessage().contains("label 12 of example 1 is not a Fashion-MNIST class"), e.getMessage());
    }

    @Test
    void notFoundListsTheLocationsAndTheThreeWaysToGetTheData() {
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> FashionMnist.load(locations(true), false));
        String m = e.getMessage();
        assertTrue(m.startsWith("Fashion-MNIST (test set) not found"), m);
        for (DataLocations.Location loc : locations(true).candidates(FashionMnist.NAME)) {
            assertTrue(m.contains(loc.dir().toString()), m);
        }
        assertTrue(m.contains("dlprep data fetch"), m);
        assertTrue(m.contains("apt-get install dataset-fashion-mnist"), m);
        assertTrue(m.contains("$DLPREP_DATA"), m);
    }

    @Test
    void statusReportsEveryLocationAndWhatIsThere() throws IOException {
        fakeSplit(tmp.resolve("home/.dlprep/data/fashion-mnist"), false, 5, true);
        Path sys = tmp.resolve("sys/fashion-mnist");
        fakeSplit(sys, true, 7, false);
        fakeSplit(sys, false, 6, true);
        Files.write(sys.resolve("t10k-labels-idx1-ubyte.gz"), new byte[] {0, 0, 8, 1, 0, 0, 0, 9});

        List<FashionMnist.LocationStatus> status = FashionMnist.status(locations(true));
        assertEquals(4, status.size());
        FashionMnist.LocationStatus home = status.get(2);
        FashionMnist.LocationStatus system = status.get(3);
        assertFalse(home.usedForTrain());
        assertTrue(home.usedForTest());
        assertEquals("5 images of 2x2", home.files().get(2).detail());
        assertEquals("missing", home.files().get(0).detail());
        assertTrue(system.usedForTrain());
        assertFalse(system.usedForTest(), "the test set comes from the home directory, which is searched first");
        assertEquals("7 labels", system.files().get(1).detail());
        assertFalse(system.files().get(3).ok());
        assertTrue(system.files().get(3).detail().contains("truncated"), system.files().get(3).detail());

        String report = FashionMnist.report(status);
        assertTrue(report.contains(tmp.resolve("env/fashion-mnist") + "  [$DLPREP_DATA/fashion-mnist]\n      nothing here"),
                report);
        assertTrue(report.contains("<- used for test"), report);
        assertTrue(report.contains("<- used for train"), report);
        assertTrue(report.contains("t10k-labels-idx1-ubyte.gz: ERROR "), report);
    }

    @Test
    void statusWithNothingAnywhereSaysHowToGetTheData() {
        String report = FashionMnist.report(FashionMnist.status(locations(false)));
        assertTrue(report.contains("Three ways to get Fashion-MNIST"), report);
    }

    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
