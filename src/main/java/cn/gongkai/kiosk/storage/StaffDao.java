package cn.gongkai.kiosk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Staff accounts and the PIN pad's persistent lock (V6__staff.sql). Hashing is the caller's (local.StaffAccess). */
public final class StaffDao {
    /** An account as stored: the PIN only as a salted hash. */
    public record Account(String name, String role, String pinHash, String salt, int iterations, Instant created) { }

    /** Wrong PINs in a row and, once too many, until when the pad is locked. */
    public record Guard(int failures, Instant lockedUntil) { }

    private final Database db;

    public StaffDao(Database db) {
        this.db = db;
    }

    public List<Account> accounts() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, role, pin_hash, salt, iterations, created"
                    + " FROM staff_account ORDER BY role, created, name"); ResultSet rs = ps.executeQuery()) {
                List<Account> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), Instant.parse(rs.getString(6))));
                }
                return out;
            }
        });
    }

    public Optional<Account> account(String name) {
        return accounts().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Adds the account, or replaces the one with its name (a new PIN or role). */
    public void save(Account a) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_account (name, role, pin_hash, salt,"
                    + " iterations, created) VALUES (?,?,?,?,?,?) ON CONFLICT (name) DO UPDATE SET role = excluded.role,"
                    + " pin_hash = excluded.pin_hash, salt = excluded.salt, iterations = excluded.iterations")) {
                ps.setString(1, a.name());
                ps.setString(2, a.role());
                ps.setString(3, a.pinHash());
                ps.setString(4, a.salt());
                ps.setInt(5, a.iterations());
                ps.setString(6, a.created().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(String name) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_account WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Guard guard() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT failures, locked_until FROM pin_guard WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                String until = rs.getString(2);
                return new Guard(rs.getInt(1), until == null ? null : Instant.parse(until));
            }
        });
    }

    public void guard(Guard g) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pin_guard SET failures = ?, locked_until = ? WHERE id = 1")) {
                ps.setInt(1, g.failures());
                ps.setString(2, g.lockedUntil() == null ? null : g.lockedUntil().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
