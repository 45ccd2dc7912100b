package dlprep.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every network of the models module by name, in the order of the chapter: what {@code dlprep model} offers. */
public final class ModelZoo {

    private static final Map<String, ZooModel> MODELS = new LinkedHashMap<>();

    static {
        int[] fashion = {1, 1, 28, 28};
        // The ImageNet stems need a resize (d2l uses 96x96); 64x64 is the smallest that keeps the last stage at 2x2
        int[] resized = {1, 1, 64, 64};
        add(new ZooModel("lenet", "LeNet-5 (sigmoid, average pooling), Dive into Deep Learning 6.6",
                LeNet::sigmoidAvgPool, fashion));
        add(new ZooModel("lenet-modern", "LeNet-5 with ReLU and max pooling",
                LeNet::reluMaxPool, fashion));
        add(new ZooModel("lenet-bn", "LeNet with batch normalisation after each convolution and hidden linear layer",
                LeNetBatchNorm::new, fashion));
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
        add(new ZooModel("resnet18", "ResNet-18, basic blocks, stem adapted to 28x28 (stages at 7x7 and below)",
                ResNet::resnet18, fashion));
        add(new ZooModel("resnet18-imagenet", "ResNet-18 with the published 7x7/2 + max-pool stem",
                () -> ResNet.resnet18ImageNet(1, 10), resized));
        add(new ZooModel("resnet50", "ResNet-50, bottleneck blocks, stem adapted to 28x28",
                ResNet::resnet50, fashion));
        add(new ZooModel("resnet50-imagenet", "ResNet-50 with the published 7x7/2 + max-pool stem",
                () -> ResNet.resnet50ImageNet(1, 10), resized));
        add(new ZooModel("densenet", "DenseNet of d2l 7.7 (4 dense blocks of 4 convs, growth 32), stem adapted to 28x28",
                DenseNet::smallImage, fashion));
        add(new ZooModel("densenet-imagenet", "DenseNet of d2l 7.7 with its 7x7/2 + max-pool stem",
                () -> DenseNet.imageNet(1, 10), resized));
        add(new ZooModel("se-resnet18", "ResNet-18 (28x28 stem) with squeeze-and-excitation in every block",
                ResNet::seResnet18, fashion));
        add(new ZooModel("sk-resnet18", "ResNet-18 (28x28 stem) with a selective-kernel unit in every block",
                ResNet::skResnet18, fashion));
        add(new ZooModel("cbam-resnet18", "ResNet-18 (28x28 stem) with CBAM (channel + spatial attention) in every block",
                ResNet::cbamResnet18, fashion));
        add(new ZooModel("mobilenet-small", "The first seven layers of MobileNet v1: depthwise-separable convolutions",
                MobileNetSmall::new, fashion));
        add(new ZooModel("dilated-net", "Dilated 3x3 convolutions 1, 2, 4, 8 at full resolution (16 channels)",
                () -> new DilatedNet(16), fashion));
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
