package cn.gongkai.kiosk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kiosk's SQLite database: one writer connection and one reader connection over a WAL
 * journal, so screens keep reading while a sync writes. {@code synchronous=FULL} because a kiosk
 * loses power without warning and WAL with NORMAL may drop the last commit; foreign keys on.
 * Each connection is used by one thread at a time (calls are serialised per connection).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();

    private Database(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens (creating if needed) the database and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new StorageException(StorageException.Kind.NOT_WRITABLE,
                        "data directory is not writable: " + dir, null);
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.Kind.NOT_WRITABLE,
                    "cannot create data directory for " + file + ": " + e.getMessage(), e);
        }
        Connection writer = null;
        try {
            writer = connect(file, false);
            Migrations.apply(writer);
            Connection reader = connect(file, true);
            return new Database(file, writer, reader);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw classify(file, e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        try (Statement s = c.createStatement()) {
            // journal_mode is the first statement that reads the file, so a file that is not a
            // database fails here, before any migration touches it.
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
                rs.next();
            }
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
            if (readOnly) {
                s.execute("PRAGMA query_only=ON");
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    /** Runs read-only work on the reader connection. */
    public <T> T read(SqlWork<T> work) {
        synchronized (readLock) {
            try {
                return work.run(reader);
            } catch (SQLException e) {
                throw classify(file, e);
            }
        }
    }

    /** Runs work in one transaction on the writer connection: all of it commits, or none. */
    public <T> T write(SqlWork<T> work) {
        synchronized (writeLock) {
            try {
                writer.setAutoCommit(false);
                try {
                    T result = work.run(writer);
                    writer.commit();
                    return result;
                } catch (Throwable e) {
                    // Any failure, Errors included, must roll back here: restoring autocommit
                    // below would otherwise commit the half-done transaction.
                    rollbackQuietly();
                    throw e;
                } finally {
                    writer.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw classify(file, e);
            }
        }
    }

    /** "ok" when SQLite's full integrity check passes, else its first complaint. */
    public String integrityCheck() {
        return check("PRAGMA integrity_check");
    }

    /** Like {@link #integrityCheck()} without cross-checking indexes: fast enough for every start. */
    public String quickCheck() {
        return check("PRAGMA quick_check");
    }

    private String check(String pragma) {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    public int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    public Path file() {
        return file;
    }

    /** Waits for running work on each connection, then closes it. */
    @Override
    public void close() {
        synchronized (readLock) {
            closeQuietly(reader);
        }
        synchronized (writeLock) {
            closeQuietly(writer);
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "close failed", e);
            }
        }
    }

    static StorageException classify(Path file, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11): the file is damaged, not merely busy.
        if (e.getErrorCode() == 26 || e.getErrorCode() == 11
                || msg.contains("SQLITE_NOTADB") || msg.contains("SQLITE_CORRUPT")) {
            return new StorageException(StorageException.Kind.CORRUPT,
                    "database file is damaged: " + file + " (" + msg + ")", e);
        }
        if (e.getErrorCode() == 8 || e.getErrorCode() == 14 || msg.contains("SQLITE_READONLY")
                || msg.contains("SQLITE_CANTOPEN")) {
            return new StorageException(StorageException.Kind.NOT_WRITABLE,
                    "cannot write database file " + file + " (" + msg + ")", e);
        }
        return new StorageException(StorageException.Kind.FAILED, "database error on " + file + ": " + msg, e);
    }
}
