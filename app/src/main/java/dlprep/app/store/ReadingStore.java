package dlprep.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** The notes the reader marked as read, by note id ({@code part/file.md}), in the {@code note_read} table. */
public final class ReadingStore {

    private final Database db;
    private final Clock clock;

    public ReadingStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Marks {@code noteId} as read (keeping the first time it was) or, with {@code read} false, as not read. */
    public void mark(String noteId, boolean read) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(read
                    ? "INSERT OR IGNORE INTO note_read (note_id, time) VALUES (?, ?)"
                    : "DELETE FROM note_read WHERE note_id = ?")) {
                s.setString(1, noteId);
                if (read) {
                    s.setLong(2, clock.millis());
                }
                return s.executeUpdate();
            }
        });
    }

    /** The ids of the notes marked as read. */
    public Set<String> read() {
        return db.transaction(c -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT note_id FROM note_read");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        });
    }
}
