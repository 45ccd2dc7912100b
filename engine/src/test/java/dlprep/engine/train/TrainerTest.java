package dlprep.engine.train;

import dlprep.engine.data.DataLoader;
import dlprep.engine.data.Synthetic;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.Parameter;
import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {

    /** Softmax regression written out: logits = x W + b. */
    static final class Logistic extends Module {
        final Parameter w;
        final Parameter b;

        Logistic(int in, int classes) {
            w = registerParameter("w", Tensor.randn(new Generator(1), in, classes).mul(0.01));
            b = registerParameter("b", Tensor.zeros(classes));
        }

        @Override
        public Tensor forward(Tensor x) {
            return x.matmul(w).add(b);
        }
    }

    private static final double[][] CENTERS = {{-2, 0}, {2, 0}, {0, 3}};

    private static DataLoader blobs(int n, long seed, boolean shuffle) {
        TensorDataset data = Synthetic.blobs(n, CENTERS, 0.7, new Generator(seed));
        return DataLoader.builder(data).batchSize(32).shuffle(shuffle).seed(seed).build();
    }

    private static Trainer trainer(Module model, double lr, Path checkpoint, int epochs) {
        return new Trainer(model, new CrossEntropyLoss(), new SGD(model.parameters(), lr),
                new Trainer.Config(epochs, true, checkpoint));
    }

    @Test
    void learnsSeparableBlobsAndReportsEveryStepAndEpoch() throws IOException {
        List<TrainingEvent> events = new ArrayList<>();
        Map<String, Double> m = trainer(new Logistic(2, 3), 0.5, null, 3).fit(blobs(600, 1, true), blobs(300, 2, false),
                events::add);
        assertTrue(m.get("test_acc") > 0.95, "test accuracy " + m);
        assertTrue(m.get("train_loss") < 0.3, "train loss " + m);
        assertInstanceOf(TrainingEvent.Started.class, events.get(0));
        long steps = events.stream().filter(e -> e instanceof TrainingEvent.Step).count();
        assertEquals(3 * 19, steps, "600 examples in batches of 32 make 19 steps per epoch");
        List<TrainingEvent.EpochEnded> epochs = events.stream().filter(e -> e instanceof TrainingEvent.EpochEnded)
                .map(e -> (TrainingEvent.EpochEnded) e).toList();
        assertEquals(3, epochs.size());
        assertEquals(List.of("train_loss", "train_acc", "test_loss", "test_acc"), List.copyOf(epochs.get(0).metrics().keySet()));
        assertTrue(epochs.get(2).metrics().get("train_loss") < epochs.get(0).metrics().get("train_loss"));
    }

    @Test
    void sameSeedGivesTheSameLossCurve() throws IOException {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        trainer(new Logistic(2, 3), 0.5, null, 2).fit(blobs(200, 3, true), blobs(50, 4, false), e -> record(e, a));
        trainer(new Logistic(2, 3), 0.5, null, 2).fit(blobs(200, 3, true), blobs(50, 4, false), e -> record(e, b));
        assertEquals(a, b);
    }

    private static void record(TrainingEvent e, List<Double> losses) {
        if (e instanceof TrainingEvent.Step s) {
            losses.add(s.loss());
        }
    }

    @Test
    void resumingFromACheckpointContinuesExactlyAsAnUninterruptedRun(@TempDir Path dir) throws IOException {
        Logistic straight = new Logistic(2, 3);
        trainer(straight, 0.3, null, 4).fit(blobs(200, 5, true), blobs(50, 6, false), ProgressListener.NONE);

        Path ckpt = dir.resolve("run.ckpt");
        Logistic first = new Logistic(2, 3);
        trainer(first, 0.3, ckpt, 2).fit(blobs(200, 5, true), blobs(50, 6, false), ProgressListener.NONE);
        assertTrue(Files.exists(ckpt));
        Logistic resumed = new Logistic(2, 3);
        List<TrainingEvent> events = new ArrayList<>();
        DataLoader train = blobs(200, 5, true);
        train.setEpoch(2); // the loader continues with the shuffles of epochs 3 and 4
        trainer(resumed, 0.3, ckpt, 4).fit(train, blobs(50, 6, false), events::add);
        assertEquals(2, events.stream().filter(e -> e instanceof TrainingEvent.EpochEnded).count(), "epochs 3 and 4 only");
        assertArrayEquals(straight.w.toArray(), resumed.w.toArray());
        assertArrayEquals(straight.b.toArray(), resumed.b.toArray());
    }

    @Test
    void checkpointOfAnotherModelIsRejectedWithTheFileName(@TempDir Path dir) throws IOException {
        Path ckpt = dir.resolve("run.ckpt");
        trainer(new Logistic(2, 3), 0.3, ckpt, 1).fit(blobs(64, 5, true), blobs(32, 6, false), ProgressListener.NONE);
        IOException e = assertThrows(IOException.class, () -> trainer(new Logistic(3, 3), 0.3, ckpt, 2)
                .fit(blobs(64, 5, true), blobs(32, 6, false), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("run.ckpt") && e.getMessage().contains("does not fit"), e.getMessage());
    }

    @Test
    void divergingLossStopsWithTheEpochAndStep() {
        // Gradient descent on a quadratic diverges when lr exceeds 2 / (largest curvature): with lr = 10 the
        // weights grow geometrically until the squared loss overflows to infinity.
        TensorDataset data = Synthetic.linear(new double[] {2, -3.4}, 4.2, 200, 0.01, new Generator(9));
        DataLoader loader = DataLoader.builder(data).batchSize(20).build();
        Logistic model = new Logistic(2, 1);
        Trainer t = new Trainer(model, new dlprep.engine.nn.loss.MSELoss(), new SGD(model.parameters(), 10),
                new Trainer.Config(50, false, null));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> t.fit(loader, loader, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("epoch " + e.epoch() + ", step " + e.step()), e.getMessage());
        assertTrue(e.getMessage().contains("--lr"), e.getMessage());
    }
}
