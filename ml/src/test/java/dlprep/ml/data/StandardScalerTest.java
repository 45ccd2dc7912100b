package dlprep.ml.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class StandardScalerTest {

    @Test
    void usesTheTrainingMeanAndPopulationStdAndKeepsConstantColumns() {
        // column 0: 1, 3 -> mean 2, std sqrt(((1-2)^2 + (3-2)^2) / 2) = 1; column 1 constant 5 -> scale 1
        StandardScaler s = StandardScaler.fit(new double[][]{{1, 5}, {3, 5}});
        assertArrayEquals(new double[]{2, 5}, s.mean());
        assertArrayEquals(new double[]{1, 1}, s.scale());
        assertArrayEquals(new double[]{3, 1}, s.transform(new double[][]{{5, 6}})[0]);
    }
}
