package dlprep.models.inspect;

import dlprep.engine.nn.AdaptiveAvgPool2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.ConvTranspose2d;
import dlprep.engine.nn.Flatten;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.MaxPool2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;
import dlprep.models.ModelZoo;
import dlprep.models.ZooModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSummaryTest {

    @Test
    void leNetRowsMatchTheHandComputedShapesParametersMacsAndFields() {
        ModelSummary s = ModelSummary.of(ModelZoo.get("lenet-modern").build(), 1, 1, 28, 28);
        List<LayerRow> r = s.rows();
        assertEquals(List.of("conv2d", "relu", "max_pool2d", "conv2d", "relu", "max_pool2d", "reshape",
                "linear", "relu", "linear", "relu", "linear"), r.stream().map(LayerRow::op).toList());
        assertEquals(List.of("layers.0 (Conv2d)", "relu", "max_pool2d", "layers.3 (Conv2d)", "relu", "max_pool2d",
                "reshape", "layers.7 (Linear)", "relu", "layers.9 (Linear)", "relu", "layers.11 (Linear)"),
                r.stream().map(LayerRow::name).toList());
        // 28 + 2*2 - 5 + 1 = 28; pool 28/2 = 14; 14 - 5 + 1 = 10; pool 5; 16*5*5 = 400 features
        assertEquals(List.of("1x6x28x28", "1x6x28x28", "1x6x14x14", "1x16x10x10", "1x16x10x10", "1x16x5x5", "1x400",
                "1x120", "1x120", "1x84", "1x84", "1x10"), r.stream().map(LayerRow::shapeText).toList());
        // conv1 6*1*5*5 + 6 = 156; conv2 16*6*5*5 + 16 = 2,416; fc 400*120 + 120 = 48,120; 120*84 + 84 = 10,164;
        // 84*10 + 10 = 850; in all 61,706
        assertEquals(List.of(156L, 0L, 0L, 2_416L, 0L, 0L, 0L, 48_120L, 0L, 10_164L, 0L, 850L),
                r.stream().map(LayerRow::parameters).toList());
        assertEquals(61_706, s.parameters());
        // conv1 6*28*28 outputs x 1*5*5 = 117,600; conv2 16*10*10 x 6*5*5 = 240,000; fc 400*120 = 48,000;
        // 120*84 = 10,080; 84*10 = 840; in all 416,520
        assertEquals(List.of(117_600L, 0L, 0L, 240_000L, 0L, 0L, 0L, 48_000L, 0L, 10_080L, 0L, 840L),
                r.stream().map(LayerRow::macs).toList());
        assertEquals(416_520, s.macs());
        // conv1: 5, jump 1; pool 2/2: 5 + 1*1 = 6, jump 2; conv2: 6 + 4*2 = 14, jump 2; pool: 14 + 1*2 = 16, jump 4;
        // flatten keeps it; the first linear layer sees the whole 28x28 input
        assertField(5, 1, r.get(0).receptiveField());
        assertField(5, 1, r.get(1).receptiveField());
        assertField(6, 2, r.get(2).receptiveField());
        assertField(14, 2, r.get(3).receptiveField());
        assertField(16, 4, r.get(5).receptiveField());
        assertField(16, 4, r.get(6).receptiveField());
        assertTrue(r.get(7).receptiveField().whole());
        assertEquals("whole 28x28", s.receptiveField().sizeText());
        assertTrue(s.unusedParameters().isEmpty());
    }

    @Test
    void dilatedStackGrowsTheFieldToThreeSevenFifteen() {
        // 3x3 convolutions with dilation 1, 2, 4 (padding = dilation keeps 16x16): k_eff = 3, 5, 9, so
        // r = 3, 3 + 4*1 = 7, 7 + 8*1 = 15, the jump staying 1
        Module stack = new Sequential(
                new Conv2d(2, 2, 3, 1, 1, 1, 1, true), new ReLU(),
                new Conv2d(2, 2, 3, 1, 2, 2, 1, true), new ReLU(),
                new Conv2d(2, 2, 3, 1, 4, 4, 1, true));
        ModelSummary s = ModelSummary.of(stack, 1, 2, 16, 16);
        List<LayerRow> convs = s.rows().stream().filter(r -> r.op().equals("conv2d")).toList();
        assertField(3, 1, convs.get(0).receptiveField());
        assertField(7, 1, convs.get(1).receptiveField());
        assertField(15, 1, convs.get(2).receptiveField());
        assertEquals("1x2x16x16", convs.get(2).shapeText());
        // each: 2*16*16 outputs x 2*3*3 taps = 9,216; 2*2*9 + 2 = 38 parameters
        assertEquals(3 * 9_216, s.macs());
        assertEquals(3 * 38, s.parameters());
        assertEquals("15x15", s.receptiveField().sizeText());
    }

    @Test
    void stridesMultiplyTheJump() {
        // 3x3 stride 2 padding 1 twice on 16x16: 8x8 with field 3 jump 2, then 4x4 with 3 + 2*2 = 7 jump 4;
        // max pooling 2 then: 7 + 1*4 = 11, jump 8
        Module net = new Sequential(new Conv2d(1, 4, 3, 2, 1), new Conv2d(4, 4, 3, 2, 1), new MaxPool2d(2));
        List<LayerRow> r = ModelSummary.of(net, 1, 1, 16, 16).rows();
        assertEquals(List.of("1x4x8x8", "1x4x4x4", "1x4x2x2"), r.stream().map(LayerRow::shapeText).toList());
        assertField(3, 2, r.get(0).receptiveField());
        assertField(7, 4, r.get(1).receptiveField());
        assertField(11, 8, r.get(2).receptiveField());
    }

    /** {@code shortcut(x) + b(a(x))}: a 1x1 shortcut beside two 3x3 convolutions. */
    private static final class TwoBranches extends Module {
        final Conv2d shortcut = registerModule("shortcut", new Conv2d(1, 2, 1));
        final Conv2d a = registerModule("a", new Conv2d(1, 2, 3, 1, 1));
        final Conv2d b = registerModule("b", new Conv2d(2, 2, 3, 1, 1));

        @Override
        public Tensor forward(Tensor x) {
            return shortcut.forward(x).add(b.forward(a.forward(x)).relu());
        }
    }

    @Test
    void additionOfTwoBranchesTakesTheLargerField() {
        // shortcut: 1; main branch: 3, then 3 + 2*1 = 5; their sum sees max(1, 5) = 5
        ModelSummary s = ModelSummary.of(new TwoBranches(), 1, 1, 8, 8);
        List<LayerRow> r = s.rows();
        assertEquals(List.of("shortcut (Conv2d)", "a (Conv2d)", "b (Conv2d)", "relu", "add"),
                r.stream().map(LayerRow::name).toList());
        assertField(1, 1, r.get(0).receptiveField());
        assertField(5, 1, r.get(2).receptiveField());
        assertField(5, 1, r.get(4).receptiveField());
        // shortcut 2*1 + 2 = 4; a 2*9 + 2 = 20; b 2*2*9 + 2 = 38
        assertEquals(List.of(4L, 20L, 38L, 0L, 0L), r.stream().map(LayerRow::parameters).toList());
        assertEquals(62, s.parameters());
    }

    @Test
    void adaptivePoolingCountsItsWidestWindowAndGlobalPoolingSeesTheWholeInput() {
        // 4x4 to 2x2: windows of 2 every 2 (field 2, jump 2); 5x5 to 2x2: rows 0..2 and 2..4 (floor(1*5/2) = 2
        // to ceil(2*5/2) = 5), widest window 3, step 2; to 1x1: the whole input
        assertField(2, 2, ModelSummary.of(new AdaptiveAvgPool2d(2), 1, 1, 4, 4).receptiveField());
        assertField(3, 2, ModelSummary.of(new AdaptiveAvgPool2d(2), 1, 1, 5, 5).receptiveField());
        ReceptiveField global = ModelSummary.of(new AdaptiveAvgPool2d(1), 1, 1, 5, 7).receptiveField();
        assertTrue(global.whole());
        assertEquals("whole 5x7", global.sizeText());
        assertEquals("-", global.jumpText());
    }

    /** The pieces of attention blocks: a channel mean (CBAM), a spatial mean and a scaling by a global gate (SE). */
    private static final class Reductions extends Module {
        final Conv2d conv = registerModule("conv", new Conv2d(2, 2, 3, 1, 1));
        final String which;

        Reductions(String which) {
            this.which = which;
        }

        @Override
        public Tensor forward(Tensor x) {
            Tensor y = conv.forward(x);
            return switch (which) {
                case "channel-mean" -> y.mean(1, true);
                case "width-max" -> y.max(3, false).values();
                case "spatial-mean" -> y.mean(new int[] {2, 3}, false);
                default -> y.mul(y.mean(new int[] {2, 3}, true).sigmoid());
            };
        }
    }

    @Test
    void reductionsOverHeightOrWidthSeeTheWholeInputAlongThatAxis() {
        // the 3x3 convolution gives field 3; a mean over channels keeps it
        assertField(3, 1, ModelSummary.of(new Reductions("channel-mean"), 1, 2, 6, 8).receptiveField());
        ReceptiveField widthMax = ModelSummary.of(new Reductions("width-max"), 1, 2, 6, 8).receptiveField();
        assertEquals(new ReceptiveField.Axis(3, 1, false), widthMax.height());
        assertEquals(new ReceptiveField.Axis(8, 0, true), widthMax.width());
        assertEquals("whole 6x8", ModelSummary.of(new Reductions("spatial-mean"), 1, 2, 6, 8).receptiveField().sizeText());
        // scaling by a gate computed from the whole map: the product sees the larger field, the whole input
        assertTrue(ModelSummary.of(new Reductions("gate"), 1, 2, 6, 8).receptiveField().whole());
    }

    @Test
    void aBatchOfFourHasFourTimesTheMacsAndTheSameParameters() {
        ModelSummary one = ModelSummary.of(ModelZoo.get("lenet").build(), 1, 1, 28, 28);
        ModelSummary four = ModelSummary.of(ModelZoo.get("lenet").build(), 4, 1, 28, 28);
        assertEquals(4 * 416_520, four.macs()); // MACs are for the input as given, batch included
        assertEquals(one.parameters(), four.parameters());
        assertEquals("4x10", four.rows().get(four.rows().size() - 1).shapeText());
    }

    @Test
    void everyZooModelCreditsEachParameterOnce() {
        for (ZooModel z : ModelZoo.all()) {
            Module net = z.build();
            ModelSummary s = ModelSummary.of(net, z.input());
            long inRows = s.rows().stream().mapToLong(LayerRow::parameters).sum();
            long unused = s.unusedParameters().stream().mapToLong(n -> net.getParameter(n).numel()).sum();
            assertEquals(net.numParameters(), s.parameters(), z.name());
            assertEquals(s.parameters(), inRows + unused, z.name());
        }
    }

    @Test
    void batchNormIsTracedInEvalModeWithItsParametersCreditedToIt() {
        Module net = ModelZoo.get("lenet-bn").build();
        ModelSummary s = ModelSummary.of(net, 1, 1, 28, 28);
        assertTrue(net.isTraining(), "the model is put back in training mode");
        // batch norm 2d over 6 channels: weight 6 + bias 6, credited at the ops that use them
        long bn = s.rows().stream().filter(r -> "layers.1".equals(r.module())).mapToLong(LayerRow::parameters).sum();
        assertEquals(12, bn);
        assertTrue(s.rows().stream().filter(r -> "layers.1".equals(r.module()))
                .allMatch(r -> r.moduleClass().equals("BatchNorm2d")));
        assertTrue(s.unusedParameters().isEmpty());
        assertEquals(net.numParameters(), s.rows().stream().mapToLong(LayerRow::parameters).sum());
    }

    @Test
    void aModelWithoutParametersIsTracedThroughItsInput() {
        ModelSummary s = ModelSummary.of(new MaxPool2d(2), 1, 3, 6, 6);
        assertEquals(1, s.rows().size());
        assertEquals("1x3x3x3", s.rows().get(0).shapeText());
        assertField(2, 2, s.receptiveField());
        assertEquals(0, s.parameters());
    }

    @Test
    void unusedParametersAreListedAndStillCounted() {
        Module net = new Module() {
            final Linear used = registerModule("used", new Linear(4, 2));
            final Linear spare = registerModule("spare", new Linear(4, 3));

            @Override
            public Tensor forward(Tensor x) {
                return used.forward(x.flatten(1, 3));
            }
        };
        ModelSummary s = ModelSummary.of(net, 1, 1, 2, 2);
        assertEquals(List.of("spare.weight", "spare.bias"), s.unusedParameters());
        assertEquals(10 + 15, s.parameters()); // 4*2 + 2 and 4*3 + 3
        assertTrue(SummaryTable.format(s).contains("spare.weight, spare.bias"));
    }

    @Test
    void anInputTooSmallNamesTheLayerThatFailed() {
        // 4x4 -> conv1 (padding 2) 4x4 -> pool 2x2 -> conv2's 5x5 kernel does not fit
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSummary.of(ModelZoo.get("lenet").build(), 1, 1, 4, 4));
        assertTrue(e.getMessage().contains("1x1x4x4") && e.getMessage().contains("failed in one of layers.0 (Conv2d), layers.3 (Conv2d): conv2d:")
                && e.getMessage().contains("output height would be empty") && e.getMessage().contains("larger input"),
                e.getMessage());
    }

    @Test
    void anInputOfTheWrongSizeNamesTheOneLayerThatRejectedIt() {
        // 3x3 flattens to 9 features, the Linear layer expects 4
        Module net = new Sequential(new Flatten(), new Linear(4, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSummary.of(net, 1, 1, 3, 3));
        assertTrue(e.getMessage().contains("failed in 1 (Linear): Linear: expected input [*, 4], got [1, 9]"),
                e.getMessage());
    }

    @Test
    void anInputThatIsNotFourPositiveSizesIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSummary.of(new MaxPool2d(2), 1, 28, 28));
        assertTrue(e.getMessage().contains("N x C x H x W"), e.getMessage());
    }

    @Test
    void tableHasARowPerOpAndTheTotals() {
        String table = SummaryTable.format(ModelSummary.of(ModelZoo.get("lenet-modern").build(), 1, 1, 28, 28));
        String[] lines = table.split("\n");
        assertEquals(1 + 12 + 1, lines.length, table); // header, 12 ops, totals
        assertTrue(lines[1].matches("\\s*1  layers\\.0 \\(Conv2d\\)\\s+conv2d\\s+1x6x28x28\\s+156\\s+117,600\\s+5x5\\s+1x1"),
                lines[1]);
        assertTrue(lines[2].matches("\\s*2\\s+relu\\s+1x6x28x28\\s+0\\s+0\\s+5x5\\s+1x1"), lines[2]); // no module
        assertEquals("input 1x1x28x28: 61,706 parameters, 416,520 MACs, receptive field whole 28x28", lines[13]);
        assertFalse(table.contains("not used"));
    }

    @Test
    void unknownFieldPropagatesAsNull() {
        Module net = new Module() {
            final ConvTranspose2d up = registerModule("up", new ConvTranspose2d(1, 1, 2, 2, 0));

            @Override
            public Tensor forward(Tensor x) {
                return up.forward(x).relu();
            }
        };
        ModelSummary s = ModelSummary.of(net, 1, 1, 3, 3);
        assertNull(s.receptiveField());
        // transposed convolution: 9 input elements x 1*2*2 = 36
        assertEquals(36, s.macs());
        assertEquals("1x1x6x6", s.rows().get(0).shapeText());
    }

    private static void assertField(int size, int jump, ReceptiveField f) {
        assertArrayEquals(new int[] {size, size, jump, jump},
                new int[] {f.height().size(), f.width().size(), f.height().jump(), f.width().jump()}, f.toString());
        assertFalse(f.whole());
    }
}
