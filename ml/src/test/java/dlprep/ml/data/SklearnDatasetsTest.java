package dlprep.ml.data;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SklearnDatasetsTest {

    private static int[] classCounts(LabeledData d) {
        int[] counts = new int[d.classCount()];
        for (int y : d.labels()) {
            counts[y]++;
        }
        return counts;
    }

    @Test
    void irisHasFisherShapeAndFiftyPerClass() {
        // descr/iris.rst: "Number of Instances: 150 (50 in each of three classes)", 4 attributes.
        LabeledData iris = SklearnDatasets.load("iris");
        assertEquals(150, iris.size());
        assertEquals(4, iris.featureCount());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertArrayEquals(new int[]{50, 50, 50}, classCounts(iris));
        // First line of iris.csv after the header: 5.1,3.5,1.4,0.2,0
        assertArrayEquals(new double[]{5.1, 3.5, 1.4, 0.2}, iris.features()[0]);
        assertEquals("petal width (cm)", iris.featureNames().get(3));
    }

    @Test
    void wineAndBreastCancerMatchTheirDescribedClassDistributions() {
        // descr/wine_data.rst: 178 instances, 13 attributes, "class_0 (59), class_1 (71), class_2 (48)".
        LabeledData wine = SklearnDatasets.load("wine");
        assertEquals(13, wine.featureCount());
        assertArrayEquals(new int[]{59, 71, 48}, classCounts(wine));
        // descr/breast_cancer.rst: 569 instances, 30 attributes, "212 - Malignant, 357 - Benign".
        LabeledData cancer = SklearnDatasets.load("breast_cancer");
        assertEquals(30, cancer.featureCount());
        assertEquals(List.of("malignant", "benign"), cancer.classNames());
        assertArrayEquals(new int[]{212, 357}, classCounts(cancer));
        assertEquals("worst fractal dimension", cancer.featureNames().get(29));
    }

    @Test
    void digitsIsReadFromTheGzipFileWithTenClasses() {
        // descr/digits.rst: 1797 instances, 64 attributes (8x8 pixel counts 0..16), ten digits.
        LabeledData digits = SklearnDatasets.load("digits");
        assertEquals(1797, digits.size());
        assertEquals(64, digits.featureCount());
        assertEquals(10, digits.classCount());
        assertEquals("pixel_7_7", digits.featureNames().get(63));
        // First line of digits.csv.gz: 0,0,5,13,9,1,0,0, ... ,0 (a zero).
        assertEquals(5.0, digits.features()[0][2]);
        assertEquals(0, digits.labels()[0]);
        for (double[] row : digits.features()) {
            for (double v : row) {
                assertTrue(v >= 0 && v <= 16, "pixel count " + v);
            }
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> SklearnDatasets.load("mnist"));
        assertEquals("unknown data set 'mnist'; known: iris, wine, breast_cancer, digits", e.getMessage());
    }

    @Test
    void descriptionIsScikitLearnsProvenanceText() {
        assertTrue(SklearnDatasets.description("iris").contains("R.A. Fisher"));
    }

    private static LabeledData parse(String text) throws Exception {
        return SklearnDatasets.parse("toy", "toy.csv", new StringReader(text), true, List.of("a", "b"), null);
    }

    @Test
    void parsesTheHeaderLayout() throws Exception {
        LabeledData d = parse("2,2,no,yes\n1,2,0\n3,4.5,1\n");
        assertEquals(List.of("no", "yes"), d.classNames());
        assertArrayEquals(new double[]{3, 4.5}, d.features()[1]);
        assertArrayEquals(new int[]{0, 1}, d.labels());
    }

    @Test
    void corruptResourceNamesFileLineAndProblem() {
        var shortRow = assertThrows(IllegalStateException.class, () -> parse("2,2,no,yes\n1,2,0\n3,1\n"));
        assertTrue(shortRow.getMessage().startsWith("data set toy: toy.csv line 3: 2 values, expected 3"),
                shortRow.getMessage());
        var notNumber = assertThrows(IllegalStateException.class, () -> parse("1,2,no,yes\n1,x,0\n"));
        assertTrue(notNumber.getMessage().contains("line 2: 'x' is not a number"), notNumber.getMessage());
        var badClass = assertThrows(IllegalStateException.class, () -> parse("1,2,no,yes\n1,2,2\n"));
        assertTrue(badClass.getMessage().contains("class 2 is not one of 0..1"), badClass.getMessage());
        var truncated = assertThrows(IllegalStateException.class, () -> parse("3,2,no,yes\n1,2,0\n"));
        assertTrue(truncated.getMessage().contains("header says 3 rows, found 1"), truncated.getMessage());
    }
}
