package dlprep.app.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQLite file of one data directory: opened in WAL mode, checked, migrated to the latest {@link Schema}, and
 * used one transaction at a time.
 *
 * <p>Durability: {@code journal_mode=WAL} with {@code synchronous=FULL}. In WAL mode a commit appends to the
 * {@code -wal} file; with FULL, SQLite fsyncs that file before the commit returns. {@code NORMAL} would already
 * survive a SIGKILL of the server (the appended pages are in the kernel's page cache once {@code write} returned,
 * and the next open replays the WAL), but not a power cut or a kernel crash after the answer was shown; one fsync
 * per answered card costs a few milliseconds, so the quiz pays it and an answered review is never lost.
 *
 * <p>A file that is not a SQLite database, or fails {@code PRAGMA integrity_check}, is moved aside to
 * {@code <name>.corrupt-<UTC time>} (with its {@code -wal} and {@code -shm} files), never overwritten, and an empty
 * database takes its place; {@link #notice()} says so. A database that another program keeps locked is a
 * {@link StoreException} saying that.
 */
public final class Database implements AutoCloseable {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** How long a statement waits for another program's lock before it gives up. */
    static final int BUSY_TIMEOUT_MS = 3000;
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final String notice;

    private Database(Path file, Connection connection, String notice) {
        this.file = file;
        this.connection = connection;
        this.notice = notice;
    }

    /** Opens (creating it and its folder if needed) the database {@code file}. */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC());
    }

    static Database open(Path file, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + file.getParent() + ": " + e.getMessage(), e);
        }
        try {
            return new Database(file, connect(file), null);
        } catch (CorruptFile corrupt) {
            Path aside = moveAside(file, clock);
            String notice = "the database " + file + " is damaged (" + corrupt.getMessage() + "); it was kept as "
                    + aside + " and a new, empty database was started (import an exported progress file to restore)";
            try {
                return new Database(file, connect(file), notice);
            } catch (CorruptFile again) {
                throw new StoreException("cannot start a new database at " + file + ": " + again.getMessage(), again);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** What happened when opening that the user should know (a damaged file moved aside), if anything. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public synchronized <T> T transaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    private static Connection connect(Path file) throws CorruptFile {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            checkIntegrity(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
            }
            migrate(connection, file);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            int code = e.getErrorCode() & 0xff;
            if (code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                throw new CorruptFile(e.getMessage());
            }
            throw failure(file, e);
        } catch (CorruptFile | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void checkIntegrity(Connection connection) throws SQLException, CorruptFile {
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("PRAGMA integrity_check")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw new CorruptFile("integrity_check: " + String.join("; ", problems));
        }
    }

    private static void migrate(Connection connection, Path file) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            int version = 0;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'")) {
                if (r.next() && r.getInt(1) == 1) {
                    try (ResultSet v = s.executeQuery("SELECT version FROM schema_version")) {
                        version = v.next() ? v.getInt(1) : 0;
                    }
                }
            }
            if (version > Schema.latestVersion()) {
                throw new StoreException("the database " + file + " has schema version " + version
                        + ", written by a newer dlprep; this one knows versions up to " + Schema.latestVersion());
            }
            for (int v = version; v < Schema.latestVersion(); v++) {
                for (String statement : Schema.MIGRATIONS.get(v).split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        s.executeUpdate(statement);
                    }
                }
                s.executeUpdate("UPDATE schema_version SET version = " + (v + 1));
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Moves {@code file} and its WAL and shared-memory files to a name that does not exist yet. */
    private static Path moveAside(Path file, Clock clock) {
        String base = file.getFileName() + ".corrupt-" + ASIDE_TIME.format(clock.instant());
        for (int attempt = 0; ; attempt++) {
            Path aside = file.resolveSibling(attempt == 0 ? base : base + "-" + attempt);
            try {
                Files.move(file, aside);
                for (String sidecar : List.of("-wal", "-shm")) {
                    Path from = file.resolveSibling(file.getFileName() + sidecar);
                    if (Files.exists(from)) {
                        Files.move(from, aside.resolveSibling(aside.getFileName() + sidecar));
                    }
                }
                return aside;
            } catch (FileAlreadyExistsException taken) {
                // an earlier damaged file of the same second: try the next suffix
            } catch (IOException e) {
                throw new StoreException("the database " + file + " is damaged and cannot be moved aside: "
                        + e.getMessage(), e);
            }
        }
    }

    /** A StoreException naming the file, with the plain reason for a lock. */
    private static StoreException failure(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StoreException("the database " + file + " is locked by another program (another dlprep serve "
                    + "on the same --data-dir?); stop it or pass another --data-dir", e);
        }
        return new StoreException("the database " + file + " failed: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing with a better message
            }
        }
    }

    /** The file is not a SQLite database or fails its integrity check. */
    private static final class CorruptFile extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptFile(String message) {
            super(message);
        }
    }
}
