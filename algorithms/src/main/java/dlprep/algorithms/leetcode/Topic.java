package dlprep.algorithms.leetcode;

/**
 * The CS97SI topic a problem illustrates. Each {@link #id()} is also the last part of the package holding
 * that topic's library algorithms ({@code dlprep.algorithms.math}, ...), so a listing can show a topic's
 * algorithms and its problems together.
 */
public enum Topic {
    MATH("math", "Math"),
    DATA_STRUCTURES("structures", "Data structures"),
    STRINGS("strings", "Strings"),
    GRAPHS("graphs", "Graphs"),
    DYNAMIC_PROGRAMMING("dp", "Dynamic programming"),
    GEOMETRY("geometry", "Geometry"),
    SEARCH_AND_SORT("search", "Search and sort");

    private final String id;
    private final String title;

    Topic(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The short lower-case name, as in the library package. */
    public String id() {
        return id;
    }

    /** The topic in words, as a listing shows it. */
    public String title() {
        return title;
    }
}
