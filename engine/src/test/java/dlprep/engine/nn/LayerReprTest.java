package dlprep.engine.nn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Layers print as PyTorch prints them ({@code print(model)}), so a printed model can be compared line by line
 * with its PyTorch original; the one difference is Java's lower-case true and false. Expected strings are
 * PyTorch 2.x's {@code extra_repr} of the same layers.
 */
class LayerReprTest {

    @Test
    void sequentialOfLinearAndReluPrintsAsPyTorch() {
        assertEquals("""
                Sequential(
                  (0): Linear(in_features=784, out_features=256, bias=true)
                  (1): ReLU()
                )""", new Sequential(new Linear(784, 256), new ReLU()).toString());
    }

    @Test
    void convolutionsShowOnlySettingsThatDifferFromTheDefaults() {
        assertEquals("Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))", new Conv2d(1, 6, 5).toString());
        assertEquals("Conv2d(16, 32, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), dilation=(2, 2), groups=4, "
                + "bias=false)", new Conv2d(16, 32, 3, 2, 1, 2, 4, false).toString());
        assertEquals("ConvTranspose2d(8, 3, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1), output_padding=(1, 1))",
                new ConvTranspose2d(8, 3, 4, 2, 1, 1, 1, true, 1).toString());
    }

    @Test
    void normalisationLayers() {
        assertEquals("BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=true, track_running_stats=true)",
                new BatchNorm2d(16).toString());
        assertEquals("BatchNorm1d(8, eps=0.001, momentum=0.01, affine=false, track_running_stats=true)",
                new BatchNorm1d(8, 1e-3, 0.01, false).toString());
        assertEquals("InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=false, track_running_stats=false)",
                new InstanceNorm2d(3).toString());
        assertEquals("LayerNorm((10,), eps=1e-05, elementwise_affine=true)", new LayerNorm(10).toString());
        assertEquals("LayerNorm((4, 5), eps=1e-06, elementwise_affine=false)",
                new LayerNorm(new int[] {4, 5}, 1e-6, false).toString());
        assertEquals("GroupNorm(2, 6, eps=1e-05, affine=true)", new GroupNorm(2, 6).toString());
    }

    @Test
    void poolingFlattenDropoutAndEmbedding() {
        assertEquals("MaxPool2d(kernel_size=2, stride=2, padding=0, ceil_mode=false)", new MaxPool2d(2).toString());
        assertEquals("AvgPool2d(kernel_size=3, stride=2, padding=1)", new AvgPool2d(3, 2, 1, false, true).toString());
        assertEquals("AvgPool2d(kernel_size=(3, 1), stride=(2, 1), padding=0)",
                new AvgPool2d(new int[] {3, 1}, new int[] {2, 1}, new int[] {0, 0}, false, true).toString());
        assertEquals("AdaptiveAvgPool2d(output_size=1)", new AdaptiveAvgPool2d(1).toString());
        assertEquals("AdaptiveAvgPool2d(output_size=(5, 7))", new AdaptiveAvgPool2d(5, 7).toString());
        assertEquals("Flatten(start_dim=1, end_dim=-1)", new Flatten().toString());
        assertEquals("Dropout(p=0.5)", new Dropout().toString());
        assertEquals("Embedding(10, 3)", new Embedding(10, 3).toString());
    }

    @Test
    void activations() {
        assertEquals("LeakyReLU(negative_slope=0.01)", new LeakyReLU().toString());
        assertEquals("PReLU(num_parameters=1)", new PReLU().toString());
        assertEquals("ELU(alpha=1.0)", new ELU().toString());
        assertEquals("Softplus(beta=1.0, threshold=20.0)", new Softplus().toString());
        assertEquals("Softmax(dim=1)", new Softmax(1).toString());
        assertEquals("LogSoftmax(dim=-1)", new LogSoftmax(-1).toString());
        assertEquals("GELU(approximate='none')", new GELU().toString());
        assertEquals("Sigmoid()", new Sigmoid().toString());
    }

    @Test
    void numbersPrintAsPythonsRepr() {
        // Python: repr(1e-5) == '1e-05', repr(0.0001) == '0.0001', repr(1e16) == '1e+16', repr(1.5e-07) ...
        assertEquals("1e-05", Repr.number(1e-5));
        assertEquals("0.0001", Repr.number(1e-4));
        assertEquals("0.1", Repr.number(0.1));
        assertEquals("1.0", Repr.number(1));
        assertEquals("-2.5", Repr.number(-2.5));
        assertEquals("123456.75", Repr.number(123456.75));
        assertEquals("1.5e-07", Repr.number(1.5e-7));
        assertEquals("1e+16", Repr.number(1e16));
        assertEquals("1234567890123456.0", Repr.number(1234567890123456.0));
        assertEquals("(10,)", Repr.tuple(10));
        assertEquals("(3, 3)", Repr.tuple(3, 3));
    }
}
