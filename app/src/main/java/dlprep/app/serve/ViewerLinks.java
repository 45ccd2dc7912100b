package dlprep.app.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a link written in a note points in the viewer. Notes link each other relatively, as on GitHub
 * ({@code ../03-dl/06-cnn-basics.md#批归一化}, {@code Pics/conv.svg}); the viewer serves the notes folder under
 * {@code /notes/}, so a relative link becomes {@code /notes/<resolved path>}. A link that leaves the notes
 * folder (source code of the checkout) has no page in the viewer.
 */
final class ViewerLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private ViewerLinks() {
    }

    /** The viewer URL of a note's page, e.g. {@code /notes/03-dl/06-cnn-basics.md}. */
    static String note(String noteId) {
        return "/notes/" + noteId;
    }

    /**
     * The viewer URL for {@code destination} written in note {@code noteId}: absolute URLs, fragments and
     * site paths unchanged; relative paths resolved against the note's folder; empty when the path leaves the
     * notes folder.
     */
    static Optional<String> resolve(String noteId, String destination) {
        if (destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/")
                || SCHEME.matcher(destination).find()) {
            return Optional.of(destination);
        }
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? "" : destination.substring(hash);
        Deque<String> segments = new ArrayDeque<>();
        String folder = noteId.contains("/") ? noteId.substring(0, noteId.lastIndexOf('/')) : "";
        for (String s : (folder + "/" + path).split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(s);
            }
        }
        return Optional.of("/notes/" + String.join("/", segments) + fragment);
    }
}
