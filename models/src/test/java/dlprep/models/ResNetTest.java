package dlprep.models;

import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResNetTest {

    @Test
    void residualKeepsTheShapeWithoutProjectionAndStridesWithIt() {
        assertArrayEquals(new int[] {2, 8, 6, 6}, new Residual(8, 8, false, 1).forward(Tensor.rand(2, 8, 6, 6)).shape());
        assertArrayEquals(new int[] {2, 16, 3, 3}, new Residual(8, 16, true, 2).forward(Tensor.rand(2, 8, 6, 6)).shape());
        // An odd size halves rounding up, in F(X) (3x3, padding 1) and in the 1x1 projection alike: 7 -> 4
        assertArrayEquals(new int[] {2, 16, 4, 4}, new Residual(8, 16, true, 2).forward(Tensor.rand(2, 8, 7, 7)).shape());
    }

    @Test
    void residualWithoutProjectionCannotChangeTheShape() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> new Residual(8, 16, false, 1).forward(Tensor.rand(2, 8, 6, 6)));
        assertTrue(e.getMessage().contains("[2, 16, 6, 6]") && e.getMessage().contains("[2, 8, 6, 6]"), e.getMessage());
    }

    @Test
    void residualEndsWithReluOfTheSum() {
        Tensor y = new Residual(4, 4, false, 1).forward(Tensor.randn(3, 4, 5, 5));
        assertEquals(0.0, y.min().item());
    }

    @Test
    void blocksHaveTheirHandCountedParameters() {
        // 2 convs 64*64*9 = 2 * 36,864, 2 BNs 2 * 128: 73,984
        assertEquals(73_984, new Residual(64, 64, false, 1).numParameters());
        // 64*128*9 = 73,728 + 128*128*9 = 147,456 + projection 64*128 = 8,192 + 3 BNs 3 * 256: 230,144
        assertEquals(230_144, new Residual(64, 128, true, 2).numParameters());
        // 1x1 64*64 = 4,096 + 3x3 64*64*9 = 36,864 + 1x1 64*256 = 16,384 + projection 64*256 = 16,384
        // + BNs 128 + 128 + 512 + 512: 75,008 (torchvision resnet50 layer1[0])
        assertEquals(75_008, new Bottleneck(64, 64, true, 1).numParameters());
    }

    @Test
    void bottleneckWidensFourTimesAndStridesTheMiddleConvolution() {
        assertArrayEquals(new int[] {2, 256, 8, 8}, new Bottleneck(64, 64, true, 1).forward(Tensor.rand(2, 64, 8, 8)).shape());
        assertArrayEquals(new int[] {2, 512, 4, 4}, new Bottleneck(256, 128, true, 2).forward(Tensor.rand(2, 256, 8, 8)).shape());
        assertArrayEquals(new int[] {2, 256, 8, 8}, new Bottleneck(256, 64, false, 1).forward(Tensor.rand(2, 256, 8, 8)).shape());
    }

    @Test
    void imageNetResNetsHaveTorchvisionsParameterCounts() {
        // torchvision.models.resnet18().parameters() and resnet50(): 3 input channels, 1000 classes
        assertEquals(11_689_512, ResNet.resnet18ImageNet(3, 1000).numParameters());
        assertEquals(25_557_032, ResNet.resnet50ImageNet(3, 1000).numParameters());
    }

    @Test
    void adaptedResNet18DiffersFromTorchvisionOnlyInStemAndClassifier() {
        // torchvision 11,689,512 - stem conv 3*64*49 = 9,408 - fc 512*1000 + 1000 = 513,000 = 11,167,104;
        // + stem conv 1*64*9 = 576 + fc 512*10 + 10 = 5,130: 11,172,810
        assertEquals(11_172_810, ResNet.resnet18().numParameters());
    }

    @Test
    void adaptedStemBringsTheFirstStageTo7x7() {
        ResNet net = ResNet.resnet18();
        Tensor stem = net.namedChildren().get("stem").forward(Tensor.rand(2, 1, 28, 28));
        assertArrayEquals(new int[] {2, 64, 7, 7}, stem.shape());
        assertArrayEquals(new int[] {2, 10}, net.forward(Tensor.rand(2, 1, 28, 28)).shape());
        assertArrayEquals(new int[] {2, 10}, ResNet.resnet50().forward(Tensor.rand(2, 1, 28, 28)).shape());
    }

    @Test
    void imageNetStemDividesTheSizeByFour() {
        ResNet net = ResNet.resnet18ImageNet(1, 10);
        assertArrayEquals(new int[] {1, 64, 16, 16}, net.namedChildren().get("stem").forward(Tensor.rand(1, 1, 64, 64)).shape());
        assertArrayEquals(new int[] {1, 10}, net.forward(Tensor.rand(1, 1, 64, 64)).shape());
    }

    @Test
    void resNet18OverfitsOneBatch() throws Exception {
        Generator.manualSeed(0);
        ResNet net = ResNet.resnet18();
        double[] loss = OneBatch.lossBeforeAndAfter(net, new SGD(net.parameters(), 0.05).momentum(0.9), 10);
        assertTrue(loss[1] < 0.5 * loss[0], Arrays.toString(loss));
    }
}
