package dlprep.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every network of the models module by name, in the order of the chapter: what {@code dlprep model} offers. */
public final class ModelZoo {

    private static final Map<String, ZooModel> MODELS = new LinkedHashMap<>();

    static {
        add(new ZooModel("lenet", "LeNet-5 (sigmoid, average pooling), Dive into Deep Learning 6.6",
                LeNet::sigmoidAvgPool, new int[] {1, 1, 28, 28}));
        add(new ZooModel("lenet-modern", "LeNet-5 with ReLU and max pooling",
                LeNet::reluMaxPool, new int[] {1, 1, 28, 28}));
        add(new ZooModel("lenet-bn", "LeNet with batch normalisation after each convolution and hidden linear layer",
                LeNetBatchNorm::new, new int[] {1, 1, 28, 28}));
        add(new ZooModel("alexnet", "AlexNet (d2l 7.1), classifier sized for 96x96 inputs",
                () -> new AlexNet(96), new int[] {1, 1, 96, 96}));
        add(new ZooModel("alexnet-small", "AlexNet with a quarter of the convolution channels, 96x96 inputs",
                () -> new AlexNet(96, 4), new int[] {1, 1, 96, 96}));
        add(new ZooModel("vgg11", "VGG-11 (d2l 7.2), classifier sized for 32x32 inputs",
                () -> VGG.vgg11(32), new int[] {1, 1, 32, 32}));
        add(new ZooModel("vgg11-small", "VGG-11 with a quarter of the channels (d2l 7.2's small version), 32x32 inputs",
                () -> VGG.vgg11(32, 4), new int[] {1, 1, 32, 32}));
        add(new ZooModel("nin", "Network in Network (d2l 7.3), global average pooling over 10 channels",
                NiN::new, new int[] {1, 1, 96, 96}));
        add(new ZooModel("nin-small", "NiN with half the channels in the first three blocks",
                () -> new NiN(2), new int[] {1, 1, 96, 96}));
        add(new ZooModel("googlenet", "GoogLeNet (d2l 7.4): nine Inception blocks, global average pooling",
                GoogLeNet::new, new int[] {1, 1, 96, 96}));
        add(new ZooModel("googlenet-small", "GoogLeNet with a quarter of the channels, 64x64 inputs",
                () -> new GoogLeNet(4), new int[] {1, 1, 64, 64}));
    }

    private ModelZoo() {
    }

    private static void add(ZooModel model) {
        if (MODELS.putIfAbsent(model.name(), model) != null) {
            throw new IllegalStateException("ModelZoo: two models named " + model.name());
        }
    }

    /** All models in chapter order. */
    public static List<ZooModel> all() {
        return List.copyOf(MODELS.values());
    }

    /** The model called {@code name}; an unknown name is an error that lists the known ones. */
    public static ZooModel get(String name) {
        ZooModel model = MODELS.get(name);
        if (model == null) {
            throw new IllegalArgumentException("unknown model '" + name + "'; known models: "
                    + String.join(", ", MODELS.keySet()));
        }
        return model;
    }
}
