package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleTest {

    /**
     * y = x * scale + shift, with a counter buffer: enough to exercise every kind of entry. Forward reads its
     * entries by name, as layers do, so that functionalCall can stand in for them.
     */
    static final class Affine extends Module {
        final Parameter scale;
        final Parameter shift;
        final Tensor calls;

        Affine(int n) {
            scale = registerParameter("scale", Tensor.ones(n));
            shift = registerParameter("shift", Tensor.zeros(n));
            calls = registerBuffer("calls", Tensor.zeros(1));
        }

        @Override
        public Tensor forward(Tensor x) {
            Tensor counter = getBuffer("calls");
            counter.setFlat(0, counter.getFlat(0) + 1);
            return x.mul(getParameter("scale")).add(getParameter("shift"));
        }
    }

    static final class Net extends Module {
        final Affine first = registerModule("first", new Affine(3));
        final Sequential rest = registerModule("rest", new Sequential(new Affine(3), new Affine(3)));

        @Override
        public Tensor forward(Tensor x) {
            return rest.forward(first.forward(x));
        }
    }

    @Test
    void parametersAreFoundWithDottedNamesInRegistrationOrder() {
        Net net = new Net();
        assertEquals(List.of("first.scale", "first.shift", "rest.0.scale", "rest.0.shift", "rest.1.scale",
                "rest.1.shift"), List.copyOf(net.namedParameters().keySet()));
        assertEquals(18, net.numParameters());
        assertTrue(net.parameters().get(0).requiresGrad());
        assertEquals(List.of("first", "rest"), List.copyOf(net.namedChildren().keySet()));
    }

    @Test
    void sharedParameterIsListedOnce() {
        Affine shared = new Affine(2);
        Sequential twice = new Sequential(shared, shared);
        assertEquals(2, twice.parameters().size());
    }

    @Test
    void trainAndEvalReachEveryDescendant() {
        Net net = new Net();
        net.eval();
        assertFalse(net.rest.get(1).isTraining());
        net.train();
        assertTrue(net.rest.get(1).isTraining());
    }

    @Test
    void gradientsFlowToParametersAndZeroGradClearsThem() {
        Net net = new Net();
        net.forward(Tensor.of(new float[] {1, 2, 3})).sum().backward();
        assertArrayEquals(new float[] {1, 2, 3}, net.first.scale.grad().toArray());
        net.zeroGrad();
        assertEquals(null, net.first.scale.grad());
    }

    @Test
    void stateSurvivesSaveAndLoad(@TempDir Path dir) throws IOException {
        Net a = new Net();
        a.first.scale.setFlat(1, 7);
        a.forward(Tensor.ones(3));
        Path file = dir.resolve("net.dlps");
        a.save(file);
        Net b = new Net();
        Parameter before = b.first.scale;
        b.load(file);
        assertSame(before, b.first.scale, "loading copies into the existing parameters");
        assertEquals(7.0, b.first.scale.getFlat(1));
        assertEquals(1.0, b.first.calls.getFlat(0), "buffers are part of the state");
        assertEquals(a.stateDict().keySet(), b.stateDict().keySet());
    }

    @Test
    void loadingAnotherModelsStateNamesTheDifferences(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("affine.dlps");
        new Affine(3).save(file);
        IOException e = assertThrows(IOException.class, () -> new Net().load(file));
        assertTrue(e.getMessage().contains("affine.dlps"), e.getMessage());
        assertTrue(e.getMessage().contains("missing: [first.scale"), e.getMessage());
        new Affine(4).save(file);
        e = assertThrows(IOException.class, () -> new Affine(3).load(file));
        assertTrue(e.getMessage().contains("'scale' has shape [4]"), e.getMessage());
    }

    @Test
    void corruptOrTruncatedFilesAreRejectedWithTheirName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.dlps");
        new Net().save(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        IOException e = assertThrows(IOException.class, () -> new Net().load(file));
        assertTrue(e.getMessage().contains("net.dlps") && e.getMessage().contains("truncated"), e.getMessage());
        Files.writeString(file, "certainly not a tensor file");
        e = assertThrows(IOException.class, () -> new Net().load(file));
        assertTrue(e.getMessage().contains("not a DL-Prep tensor file"), e.getMessage());
        e = assertThrows(IOException.class, () -> new Net().load(dir.resolve("missing.dlps")));
        assertTrue(e.getMessage().contains("missing.dlps"), e.getMessage());
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntact(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.dlps");
        new Affine(2).save(file);
        byte[] before = Files.readAllBytes(file);
        assertThrows(IOException.class, () -> dlprep.engine.io.AtomicFiles.write(file, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("disk full");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void savedFilesGetTheUsualPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.dlps");
        new Affine(2).save(file);
        var perms = Files.getPosixFilePermissions(file);
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), perms, "same as any new file under this umask");
    }

    @Test
    void printsAsATreeLikePyTorch() {
        String s = new Sequential(new Affine(1), new Sequential(new Affine(1))).toString();
        assertEquals("Sequential(\n  (0): Affine()\n  (1): Sequential(\n    (0): Affine()\n  )\n)", s);
    }

    @Test
    void duplicateOrDottedNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Module() {
            {
                registerParameter("w", Tensor.ones(1));
                registerParameter("w", Tensor.ones(1));
            }

            @Override
            public Tensor forward(Tensor x) {
                return x;
            }
        });
        assertThrows(IllegalStateException.class, () -> new ModuleList(new Affine(1)).forward(Tensor.ones(1)));
    }

    @Test
    void functionalCallRunsForwardWithStandInsAndGradientsReachThem() {
        Net net = new Net();
        Tensor scale = Tensor.of(new double[] {2, 3, 4}).requiresGrad(true);
        Tensor y = net.functionalCall(Map.of("rest.0.scale", scale), Tensor.of(new float[] {1, 1, 1}));
        assertEquals(dlprep.engine.tensor.DType.FLOAT64, y.dtype(), "the float64 stand-in is used as it is");
        assertArrayEquals(new double[] {2, 3, 4}, y.toDoubleArray());
        y.sum().backward();
        assertArrayEquals(new double[] {1, 1, 1}, scale.grad().toDoubleArray());
        Affine replaced = (Affine) net.rest.get(0);
        assertSame(replaced.scale, net.getParameter("rest.0.scale"), "the module's own parameter is back");
        assertEquals(null, replaced.scale.grad(), "the replaced parameter took no part");
        assertArrayEquals(new float[] {2, 3, 4}, net.first.scale.grad().toArray(), "the others did: x * [2, 3, 4]");
    }

    @Test
    void functionalCallRejectsUnknownNamesAndWrongShapesAndRestoresAfterAFailure() {
        Net net = new Net();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.functionalCall(Map.of("first.offset", Tensor.ones(3)), Tensor.ones(3)));
        assertTrue(e.getMessage().contains("'first.offset'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> net.functionalCall(Map.of("first.scale", Tensor.ones(4)), Tensor.ones(3)));
        assertTrue(e.getMessage().contains("'first.scale' has shape [3] but its stand-in has shape [4]"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> net.functionalCall(Map.of("first.scale", Tensor.full(5, 3)), Tensor.ones(2)));
        assertEquals(1.0, net.getParameter("first.scale").getFlat(0), "stand-ins are dropped when forward throws");
    }

    @Test
    void getParameterAndGetBufferFollowDottedPaths() {
        Net net = new Net();
        assertSame(net.first.scale, net.getParameter("first.scale"));
        assertSame(net.first.calls, net.getBuffer("first.calls"));
        assertThrows(IllegalArgumentException.class, () -> net.getParameter("first.calls"));
        assertThrows(IllegalArgumentException.class, () -> net.getBuffer("second.calls"));
    }

    @Test
    void loadStateDictChecksBeforeCopying() {
        Affine a = new Affine(2);
        Map<String, Tensor> bad = new java.util.LinkedHashMap<>(a.stateDict());
        bad.put("shift", Tensor.ones(3));
        assertThrows(IllegalArgumentException.class, () -> a.loadStateDict(bad));
        assertEquals(1.0, a.scale.getFlat(0));
    }
}
