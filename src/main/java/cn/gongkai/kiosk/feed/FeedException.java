package cn.gongkai.kiosk.feed;

/**
 * A feed version or import was refused or could not be completed. Whatever the reason, the content
 * on screen stays as it was; {@link Reason#staffText()} says what happened in plain Chinese for
 * township staff, the message says exactly which file, object or field for county IT.
 */
public class FeedException extends Exception {
    /** Why, in the words staff see. */
    public enum Reason {
        MALFORMED("更新包内容格式有误，未采用"),
        BAD_SIGNATURE("更新包签名无法验证（可能被篡改或不是本县发布），未采用"),
        UNTRUSTED_KEY("更新包由未受信任的密钥签名，未采用"),
        ROLLBACK("更新包版本比本机已有的旧，未采用"),
        EXPIRED("更新包已过有效期，未采用；请取得县里最新发布的内容"),
        CORRUPT_OBJECT("下载的文件与签名清单不符（可能传输出错或被篡改），未采用"),
        TOO_LARGE("文件超过声明的大小，已中止"),
        NETWORK("网络连接失败，稍后自动重试"),
        SERVER_BUSY("县里服务器繁忙，稍后自动重试"),
        UNSAFE_ARCHIVE("U盘中的压缩包含有不安全的文件路径，未采用"),
        SOURCE_GONE("读取U盘或文件夹时出错（U盘是否被拔出？），未采用"),
        DISK_FULL("本机磁盘空间不足，未能更新"),
        WRONG_REGION("更新包不是本县发布的内容，未采用"),
        INTERNAL("更新时发生内部错误，已保留原有内容");

        private final String staffText;

        Reason(String staffText) {
            this.staffText = staffText;
        }

        public String staffText() {
            return staffText;
        }

        /** True when trying again later may succeed without anyone doing anything. */
        public boolean transientFailure() {
            return this == NETWORK || this == SERVER_BUSY || this == CORRUPT_OBJECT || this == TOO_LARGE;
        }
    }

    private final Reason reason;
    private java.time.Duration retryAfter;

    public FeedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FeedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** How long the server asked us to wait (Retry-After), if it said. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    public FeedException withRetryAfter(java.time.Duration wait) {
        this.retryAfter = wait;
        return this;
    }
}
