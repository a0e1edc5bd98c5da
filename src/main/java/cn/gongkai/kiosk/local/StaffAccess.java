package cn.gongkai.kiosk.local;

import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.storage.StaffDao;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Who may open the staff console. PINs are kept only as PBKDF2-HMAC-SHA256 hashes with a random
 * salt per account; five wrong PINs in a row lock the pad for five minutes, and the count and the
 * lock are in the database, so a restart does not reset them. Every login, failure and lock is
 * in the audit log.
 */
public final class StaffAccess {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(5);
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000; a 2-core kiosk takes ~0.3 s at this. */
    public static final int ITERATIONS = 310_000;

    /** What a staff member may do: editors publish content; admins also manage accounts, settings and exit. */
    public enum Role {
        ADMIN, EDITOR;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Role of(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public record Staff(String name, Role role) {
        public boolean isAdmin() {
            return role == Role.ADMIN;
        }
    }

    /** The result of a PIN entered on the pad. */
    public sealed interface Attempt permits Opened, Wrong, Locked { }

    public record Opened(StaffSession session) implements Attempt { }

    /** A wrong PIN; {@code left} more tries before the pad locks. */
    public record Wrong(int left) implements Attempt { }

    public record Locked(Instant until) implements Attempt { }

    private final StaffDao dao;
    private final LocalContentDao log;
    private final Clock clock;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private volatile java.util.function.Consumer<StaffAccess> seed;

    public StaffAccess(StaffDao dao, LocalContentDao log, Clock clock) {
        this(dao, log, clock, ITERATIONS);
    }

    /** {@code iterations} below the default only for tests, where hundreds of PINs are checked. */
    public StaffAccess(StaffDao dao, LocalContentDao log, Clock clock, int iterations) {
        this.dao = dao;
        this.log = log;
        this.clock = clock;
        this.iterations = iterations;
    }

    /** Accounts to make when the first one is asked for and none exists (the demo's). */
    public void whenNoAccounts(java.util.function.Consumer<StaffAccess> seed) {
        this.seed = seed;
    }

    private synchronized void seedIfEmpty() {
        java.util.function.Consumer<StaffAccess> s = seed;
        seed = null;
        if (s != null && dao.accounts().isEmpty()) {
            s.accept(this);
        }
    }

    public List<Staff> accounts() {
        seedIfEmpty();
        return dao.accounts().stream().map(a -> new Staff(a.name(), Role.of(a.role()))).toList();
    }

    public boolean hasAdmin() {
        return accounts().stream().anyMatch(Staff::isAdmin);
    }

    /**
     * Adds an account or gives an existing one a new PIN and role.
     *
     * @throws IllegalArgumentException with a message in Chinese for staff: bad name or PIN
     */
    public void save(String name, Role role, String pin, String by) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 12) {
            throw new IllegalArgumentException("姓名须为1到12个字");
        }
        if (pin == null || !pin.matches("[0-9]{4,8}")) {
            throw new IllegalArgumentException("密码须为4到8位数字");
        }
        if (pin.chars().distinct().count() == 1) {
            throw new IllegalArgumentException("密码不能全是同一个数字");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Optional<StaffDao.Account> old = dao.account(n);
        dao.save(new StaffDao.Account(n, role.key(), hash(pin, salt, iterations), HexFormat.of().formatHex(salt),
                iterations, old.map(StaffDao.Account::created).orElse(clock.instant())));
        log.audit(by, old.isPresent() ? "account-changed" : "account-added", n + " (" + role.key() + ")", clock.instant());
    }

    public void remove(String name, String by) {
        dao.delete(name);
        log.audit(by, "account-removed", name, clock.instant());
    }

    /** When the pad is locked, until when. */
    public Optional<Instant> lockedUntil() {
        StaffDao.Guard g = dao.guard();
        return g.lockedUntil() != null && clock.instant().isBefore(g.lockedUntil())
                ? Optional.of(g.lockedUntil()) : Optional.empty();
    }

    /** Checks a PIN for the named account; the same answer for an unknown name as for a wrong PIN. */
    public synchronized Attempt login(String name, String pin) {
        seedIfEmpty();
        Instant now = clock.instant();
        Optional<Instant> locked = lockedUntil();
        if (locked.isPresent()) {
            return new Locked(locked.get());
        }
        Optional<StaffDao.Account> account = dao.account(name == null ? "" : name);
        boolean ok = account.isPresent() && pin != null && matches(account.get(), pin);
        StaffDao.Guard g = dao.guard();
        if (ok) {
            dao.guard(new StaffDao.Guard(0, null));
            log.audit(name, "login", "", now);
            return new Opened(new StaffSession(new Staff(name, Role.of(account.get().role())), clock));
        }
        int failures = g.failures() + 1;
        if (failures >= MAX_FAILURES) {
            Instant until = now.plus(LOCK);
            dao.guard(new StaffDao.Guard(0, until));
            log.audit("system", "pad-locked", failures + " wrong PINs (last for '" + name + "')", now);
            return new Locked(until);
        }
        dao.guard(new StaffDao.Guard(failures, null));
        log.audit("system", "login-failed", "wrong PIN for '" + name + "'", now);
        return new Wrong(MAX_FAILURES - failures);
    }

    private static boolean matches(StaffDao.Account a, String pin) {
        byte[] expected = HexFormat.of().parseHex(a.pinHash());
        byte[] actual = HexFormat.of().parseHex(hash(pin, HexFormat.of().parseHex(a.salt()), a.iterations()));
        return MessageDigest.isEqual(expected, actual);
    }

    static String hash(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
