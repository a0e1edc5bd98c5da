package cn.gongkai.kiosk.local;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.feed.RecordJson;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.storage.LocalContentDao.Kind;
import cn.gongkai.kiosk.storage.LocalContentDao.Revision;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * Township and village content that staff keep on the kiosk: every change needs an open staff
 * session, is checked (the kiosk's own township or one of its villages; a valid record in the
 * feed's format, so the county can read the export), and becomes a revision with who and when,
 * an audit line and search-index rows, in one transaction. Any earlier revision can be restored.
 */
public final class LocalContent {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final LocalContentDao dao;
    private final RegionCode township;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    private final LocalExport export;
    private final LocalMedia media;

    /** @param kioskRegion the kiosk's township (or village): local records must be in it */
    public LocalContent(LocalContentDao dao, RegionCode kioskRegion, Clock clock, ZoneId zone) {
        this(dao, kioskRegion, clock, zone, null, null);
    }

    /**
     * @param export writes the signed bundle for the county (null: no export on this kiosk)
     * @param media  where attached pictures are kept (null: no pictures on this kiosk)
     */
    public LocalContent(LocalContentDao dao, RegionCode kioskRegion, Clock clock, ZoneId zone, LocalExport export,
                        LocalMedia media) {
        this.dao = dao;
        this.township = kioskRegion;
        this.clock = clock;
        this.zone = zone;
        this.export = export;
        this.media = media;
    }

    /** Copies a picture from a USB stick into the kiosk; returns its media name for a record's images. */
    public String attach(StaffSession session, java.nio.file.Path picture) {
        return media(session).attach(picture);
    }

    /** Copies a WAV recording from a USB stick into the kiosk; returns its media name for a broadcast's audio. */
    public String attachAudio(StaffSession session, java.nio.file.Path recording) {
        return media(session).attachAudio(recording);
    }

    private LocalMedia media(StaffSession session) {
        session.require();
        if (media == null) {
            throw new LocalContentException("本机未设置图片和录音的存放位置。");
        }
        return media;
    }

    /** Writes local content, its revisions and the audit log, signed, into {@code parent} (a USB stick). */
    public java.nio.file.Path export(StaffSession session, java.nio.file.Path parent) throws java.io.IOException {
        session.require();
        if (export == null) {
            throw new LocalContentException("本机未设置导出。");
        }
        return export.exportTo(parent, session.staff().name());
    }

    /** A fresh id for a new local record: local-notice-20261126-3fa9c1. */
    public String newId(Kind kind) {
        byte[] b = new byte[3];
        random.nextBytes(b);
        return RecordJson.LOCAL_ID_PREFIX + kind.key() + "-" + DAY.format(clock.instant().atZone(zone))
                + "-" + HexFormat.of().formatHex(b);
    }

    /** The scope staff records get by default: the kiosk's township. */
    public Scope townshipScope() {
        return Scope.of(PublisherLevel.TOWNSHIP, township.digits().substring(0, Math.min(9, township.digits().length())));
    }

    /** Publishes a new record or a new version of a local one; returns its revision number. */
    public int publish(StaffSession session, Object record) {
        session.require();
        String id = idOf(record);
        check(record, id);
        String json = RecordJson.write(record).toString();
        return dao.publish(record, id, json, session.staff().name(), "publish", titleOf(record), clock.instant());
    }

    /** Takes a local record off the kiosk; it can be restored from its revisions. */
    public int withdraw(StaffSession session, Kind kind, String id) {
        session.require();
        try {
            return dao.withdraw(kind, id, session.staff().name(), "", clock.instant());
        } catch (IllegalArgumentException e) {
            throw new LocalContentException("这条内容不在本机上，可能已经撤下。", e);
        }
    }

    /** Publishes revision {@code rev} again as the newest; returns the new revision number. */
    public int restore(StaffSession session, Kind kind, String id, int rev) {
        session.require();
        Revision old = dao.revision(kind, id, rev)
                .orElseThrow(() -> new LocalContentException("找不到这个历史版本。"));
        if (old.record() == null) {
            return withdraw(session, kind, id);
        }
        Object record = read(kind, old.record());
        return dao.publish(record, id, old.record(), session.staff().name(), "restore", "第" + rev + "版 " + titleOf(record),
                clock.instant());
    }

    /** An audit line for something a staff member did outside content (settings, a restart they asked for). */
    public void audit(StaffSession session, String action, String detail) {
        session.require();
        dao.audit(session.staff().name(), action, detail, clock.instant());
    }

    public List<Revision> revisions(Kind kind, String id) {
        return dao.revisions(kind, id);
    }

    /** Every local record's latest revision (withdrawn ones too), newest change first. */
    public List<Revision> current() {
        return dao.latest();
    }

    public List<LocalContentDao.AuditEntry> auditLog(int max) {
        return dao.auditLog(max);
    }

    /** The record a revision holds. */
    public static Object read(Kind kind, String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        return switch (kind) {
            case CATALOG -> RecordJson.read(CatalogItem.class, o);
            case NOTICE -> RecordJson.read(Notice.class, o);
            case FUND -> RecordJson.read(FundDisclosure.class, o);
            case BROADCAST -> RecordJson.read(BroadcastEntry.class, o);
        };
    }

    private void check(Object record, String id) {
        if (!id.startsWith(RecordJson.LOCAL_ID_PREFIX)) {
            throw new LocalContentException("编号须由本机生成（以 local- 开头）。");
        }
        Kind kind = Kind.of(record);
        if (dao.isFeedId(kind, id)) {
            throw new LocalContentException("这个编号已被县级内容使用。");
        }
        Scope scope = scopeOf(record);
        boolean level = scope.level() == PublisherLevel.TOWNSHIP || scope.level() == PublisherLevel.VILLAGE;
        String own = township.digits().substring(0, Math.min(9, township.digits().length()));
        if (!level || !scope.region().digits().startsWith(own)) {
            throw new LocalContentException("本机只能发布本乡镇和本乡镇各村的内容。");
        }
        try {
            // What the county will read from the export must parse as a feed record.
            read(kind, RecordJson.write(record).toString());
        } catch (IllegalArgumentException e) {
            throw new LocalContentException("内容不完整或有误：" + e.getMessage(), e);
        }
    }

    /** What every kind of local record has: its id, the title staff see, its scope. */
    private record Parts(String id, String title, Scope scope) {
        static Parts of(Object record) {
            if (record instanceof CatalogItem i) {
                return new Parts(i.id(), i.level2(), i.scope());
            }
            if (record instanceof Notice n) {
                return new Parts(n.id(), n.title(), n.scope());
            }
            if (record instanceof FundDisclosure f) {
                return new Parts(f.id(), f.project(), f.scope());
            }
            if (record instanceof BroadcastEntry b) {
                return new Parts(b.id(), b.title(), b.scope());
            }
            throw new IllegalArgumentException("not a local record kind: " + record.getClass().getSimpleName());
        }
    }

    static String idOf(Object record) {
        return Parts.of(record).id();
    }

    /** The title staff see for a record of any local kind (a catalog item's level 2). */
    public static String titleOf(Object record) {
        return Parts.of(record).title();
    }

    private static Scope scopeOf(Object record) {
        return Parts.of(record).scope();
    }
}
