package dlprep.app.image;

/** An option of an image op: {@code --name value}, with the value used when it is not given. */
public record OpOption(String name, String defaultValue, String description) {

    /** The options every filter with a border takes: {@code --border}, OpenCV's default reflect-101. */
    public static OpOption border(String defaultValue) {
        return new OpOption("border", defaultValue, "constant, replicate, reflect, reflect101 or wrap (OpenCV's BORDER_*)");
    }
}
