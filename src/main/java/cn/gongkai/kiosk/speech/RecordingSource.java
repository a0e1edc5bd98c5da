package cn.gongkai.kiosk.speech;

import java.util.Optional;

/** The county's recording of a record, if it attached one (media/audio/&lt;record id&gt;.wav in the feed). */
@FunctionalInterface
public interface RecordingSource {
    Optional<byte[]> recordingFor(String recordId);

    RecordingSource NONE = id -> Optional.empty();
}
