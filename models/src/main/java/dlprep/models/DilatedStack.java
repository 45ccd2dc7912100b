package dlprep.models;

import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Conv2d;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.ReLU;
import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * A stack of 3x3 dilated convolutions (Yu and Koltun 2016), each with batch norm and ReLU. A 3x3 filter
 * with dilation d spaces its taps d pixels apart, so it sees a (2d + 1)-wide field with 9 weights; with
 * padding d the size stays. Stacking dilations 1, 2, 4, ... grows the receptive field exponentially,
 * 1 + 2 (d_1 + d_2 + ...) (15 for 1, 2, 4), at full resolution, where pooling would give the size up.
 */
public final class DilatedStack extends Module {

    private final Sequential layers;

    public DilatedStack(int inChannels, int channels, int... dilations) {
        if (dilations.length == 0) {
            throw new IllegalArgumentException("DilatedStack: give at least one dilation, e.g. 1, 2, 4");
        }
        List<Module> list = new ArrayList<>();
        int in = inChannels;
        for (int d : dilations) {
            list.add(new Conv2d(in, channels, 3, 1, d, d, 1, false));
            list.add(new BatchNorm2d(channels));
            list.add(new ReLU());
            in = channels;
        }
        layers = registerModule("layers", new Sequential(list.toArray(Module[]::new)));
    }

    @Override
    public Tensor forward(Tensor x) {
        return layers.forward(x);
    }
}
