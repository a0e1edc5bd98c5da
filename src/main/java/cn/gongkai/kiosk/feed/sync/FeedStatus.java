package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.storage.FeedStateDao.FeedState;
import java.time.Instant;
import java.util.Optional;

/**
 * What staff and county IT need to know about the content on screen: which version, from where,
 * whether the last try worked, and since when the content is out of date.
 *
 * @param staleSince when the version on screen stopped being current (its expiry), if it has
 */
public record FeedStatus(long version, Optional<String> source, Optional<Instant> issued, Optional<Instant> expires,
                         Optional<Instant> lastAttempt, Optional<Instant> lastSuccess,
                         Optional<FeedException.Reason> lastErrorReason, Optional<String> lastError,
                         Optional<Instant> staleSince) {

    public static FeedStatus of(FeedState s, Instant now) {
        Optional<FeedException.Reason> reason = s.lastErrorReason().flatMap(FeedStatus::reason);
        Optional<Instant> stale = s.expires().filter(e -> !now.isBefore(e));
        return new FeedStatus(s.version(), s.source(), s.issued(), s.expires(), s.lastAttempt(), s.lastSuccess(),
                reason, s.lastError(), stale);
    }

    /** One or two sentences for township staff, in plain Chinese. */
    public String staffSummary(java.time.ZoneId zone) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(zone);
        StringBuilder b = new StringBuilder();
        if (version == 0 || source.isEmpty()) {
            b.append("尚未从县级内容源取得内容。");
        } else {
            b.append("当前内容版本 ").append(version).append("（").append(source.get().equals("demo") ? "演示内容" : "县级内容源")
                    .append("）");
            lastSuccess.ifPresent(t -> b.append("，最近一次成功检查：").append(f.format(t)));
            b.append("。");
        }
        if (lastErrorReason.isPresent()) {
            b.append("最近一次更新未成功");
            lastAttempt.ifPresent(t -> b.append("（").append(f.format(t)).append("）"));
            b.append("：").append(lastErrorReason.get().staffText()).append("。原有内容照常显示。");
        }
        staleSince.ifPresent(t -> b.append("内容已于 ").append(f.format(t))
                .append(" 过期，请检查网络或用U盘导入县里最新发布的内容。"));
        return b.toString();
    }

    public boolean failing() {
        return lastErrorReason.isPresent();
    }

    private static Optional<FeedException.Reason> reason(String name) {
        try {
            return Optional.of(FeedException.Reason.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.of(FeedException.Reason.INTERNAL);
        }
    }
}
