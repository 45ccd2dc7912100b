package dlprep.engine.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataLocationsTest {

    static final Path HOME = Path.of("/home/student");

    static List<Path> dirs(DataLocations where) {
        return where.candidates("fashion-mnist").stream().map(DataLocations.Location::dir).toList();
    }

    @Test
    void dlprepDataComesFirstThenItsParentThenHomeThenSystem() {
        DataLocations where = DataLocations.fromEnvironment(Map.of("DLPREP_DATA", "/data"), HOME);
        assertEquals(List.of(Path.of("/data/fashion-mnist"), Path.of("/data"),
                Path.of("/home/student/.dlprep/data/fashion-mnist"), Path.of("/usr/share/datasets/fashion-mnist")),
                dirs(where));
        assertEquals("$DLPREP_DATA/fashion-mnist", where.candidates("fashion-mnist").get(0).source());
    }

    @Test
    void unsetOrBlankDlprepDataIsSkipped() {
        List<Path> expected = List.of(Path.of("/home/student/.dlprep/data/fashion-mnist"),
                Path.of("/usr/share/datasets/fashion-mnist"));
        assertEquals(expected, dirs(DataLocations.fromEnvironment(Map.of(), HOME)));
        assertEquals(expected, dirs(DataLocations.fromEnvironment(Map.of("DLPREP_DATA", "  "), HOME)));
    }

    @Test
    void downloadsGoUnderDlprepDataWhenSetElseUnderHome() {
        assertEquals(Path.of("/data/fashion-mnist"),
                DataLocations.fromEnvironment(Map.of("DLPREP_DATA", "/data"), HOME).downloadDir("fashion-mnist"));
        assertEquals(Path.of("/home/student/.dlprep/data/fashion-mnist"),
                DataLocations.fromEnvironment(Map.of(), HOME).downloadDir("fashion-mnist"));
    }
}
