package dlprep.vision.image;

import dlprep.engine.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Reads and writes PNG and JPEG files through the JDK's ImageIO. Reading keeps gray files gray and turns
 * everything else into RGB (an alpha channel is dropped); writing is atomic, so a failed write never
 * leaves a half-written file behind.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    public static Image read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        BufferedImage buffered;
        try {
            buffered = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a readable image (" + e.getMessage() + ")", e);
        }
        if (buffered == null) {
            throw new IOException(file + ": not a PNG, JPEG, GIF or BMP image that ImageIO can decode");
        }
        int w = buffered.getWidth();
        int h = buffered.getHeight();
        boolean gray = buffered.getType() == BufferedImage.TYPE_BYTE_GRAY;
        Image image = Image.blank(w, h, gray ? 1 : 3, Image.Depth.U8);
        var raster = buffered.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (gray) {
                    image.set(0, x, y, raster.getSample(x, y, 0));
                } else {
                    int rgb = buffered.getRGB(x, y);
                    image.set(0, x, y, (rgb >> 16) & 0xff);
                    image.set(1, x, y, (rgb >> 8) & 0xff);
                    image.set(2, x, y, rgb & 0xff);
                }
            }
        }
        return image;
    }

    /**
     * Writes {@code image} as PNG or JPEG, chosen by the file's extension; float images are rounded and
     * saturated to 8 bits first.
     */
    public static void write(Image image, Path file) throws IOException {
        String format = formatOf(file);
        Image u8 = image.depth() == Image.Depth.U8 ? image : image.toU8();
        int w = u8.width();
        int h = u8.height();
        BufferedImage buffered = new BufferedImage(w, h,
                u8.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        var raster = buffered.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (u8.channels() == 1) {
                    raster.setSample(x, y, 0, (int) u8.get(0, x, y));
                } else {
                    int rgb = ((int) u8.get(0, x, y) << 16) | ((int) u8.get(1, x, y) << 8) | (int) u8.get(2, x, y);
                    buffered.setRGB(x, y, rgb);
                }
            }
        }
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, format, out)) {
                throw new IOException(file + ": ImageIO has no writer for " + format);
            }
        });
    }

    private static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "jpeg";
        }
        throw new IllegalArgumentException(file + ": unsupported output format; use a .png, .jpg or .jpeg name");
    }
}
