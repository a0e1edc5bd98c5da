package cn.gongkai.kiosk.feed.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.sync.FaultyFeedServer.Fault;
import cn.gongkai.kiosk.feed.sync.FaultyFeedServer.Served;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios 7 and 8 of sync.md: resuming a broken download (Range + If-Range), every way a
 * server can answer a resume, and a connection that breaks many times. A fresh kiosk syncs
 * version 1; the big media object (256 KB) is the one that breaks.
 */
class ResumeTest {
    static final int CUT = 100_000;
    /** A cut, a bad resume answer and a clean fetch: three tries. */
    static final HttpSource.Limits THREE_TRIES = new HttpSource.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2), 1,
            Duration.ofSeconds(10), 3);

    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;
    String big;
    long length;

    @BeforeEach
    void setUp() {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
        big = county.location(FeedFixture.BIG);
        length = county.entry(FeedFixture.BIG).length();
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    void assertAppliedWithGoodCopy(FeedSync.Result r) throws FeedException {
        assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
        assertThat(kiosk.version()).isEqualTo(1);
        assertThat(kiosk.client.objects().read(county.entry(FeedFixture.BIG))).hasSize((int) length);
        assertThat(kiosk.leftovers()).isEmpty();
    }

    @Test
    void aBrokenDownloadResumesWith206FromWhereItStopped() throws Exception {
        server.fault(big, Fault.resetAfter(CUT));

        assertAppliedWithGoodCopy(kiosk.sync(server.uri(), THREE_TRIES));

        List<Served> served = server.log(big);
        assertThat(served).extracting(Served::status).containsExactly(200, 206);
        assertThat(served.get(0).range()).isEmpty();
        assertThat(served.get(1).range()).contains("bytes=" + CUT + "-");
        assertThat(served.get(1).ifRange()).as("a strong ETag guards the resume").isPresent();
        assertThat(server.bytes(big)).as("no byte sent twice").isEqualTo(length);
    }

    @Test
    void anObjectWhoseEtagChangedIsFetchedWholeWith200() throws Exception {
        Path file = county.objectFile(FeedFixture.BIG);
        // The county re-uploads the same file between the two requests: new mtime, new ETag.
        server.fault(big, Fault.resetAfter(CUT).after(() -> touch(file)));

        assertAppliedWithGoodCopy(kiosk.sync(server.uri(), THREE_TRIES));

        List<Served> served = server.log(big);
        assertThat(served).extracting(Served::status).containsExactly(200, 200);
        assertThat(served.get(1).range()).isPresent();
        assertThat(served.get(1).ifRange()).isPresent();
        assertThat(server.bytes(big)).isEqualTo(CUT + length);
    }

    @Test
    void aServerIgnoringIfRangeAfterTheObjectChangedIsCaughtByTheHashAndRefetched() throws Exception {
        Path file = county.objectFile(FeedFixture.BIG);
        byte[] good = Files.readAllBytes(file);
        FeedFixture.flipByte(file, 10); // a bad copy on the mirror at first, repaired after the cut
        server.ignoreIfRange(true);
        server.fault(big, Fault.resetAfter(CUT).after(() -> write(file, good)));

        assertAppliedWithGoodCopy(kiosk.sync(server.uri(), THREE_TRIES));

        List<Served> served = server.log(big);
        assertThat(served).extracting(Served::status).containsExactly(200, 206, 200);
        assertThat(served.get(1).ifRange()).isPresent();
        assertThat(served.get(2).range()).as("the spliced copy was thrown away, not resumed").isEmpty();
    }

    @Test
    void a416ForACompletePartialFileStartsAgain() throws Exception {
        // A kiosk that lost power after the last byte, before the check: the .part file is whole.
        Files.write(kiosk.client.objects().partial(county.entry(FeedFixture.BIG).sha256()),
                Files.readAllBytes(county.objectFile(FeedFixture.BIG)));

        assertAppliedWithGoodCopy(kiosk.sync(server.uri(), THREE_TRIES));

        assertThat(server.log(big)).extracting(Served::status).containsExactly(416, 200);
        assertThat(server.log(big).get(0).range()).contains("bytes=" + length + "-");
    }

    @Test
    void a416ForAValidRangeStartsAgain() throws Exception {
        server.fault(big, Fault.resetAfter(CUT), Fault.status(416, "Content-Range", "bytes */" + length));

        assertAppliedWithGoodCopy(kiosk.sync(server.uri(), THREE_TRIES));

        assertThat(server.log(big)).extracting(Served::status).containsExactly(200, 416, 200);
        assertThat(server.log(big).get(2).range()).isEmpty();
    }

    @Test
    void aContentRangeThatDoesNotMatchTheRequestStartsAgain() throws Exception {
        server.fault(big, Fault.resetAfter(CUT), Fault.wrongContentRange());

        assertAppliedWithGoodCopy(kiosk.sync(server.uri(), THREE_TRIES));

        List<Served> served = server.log(big);
        assertThat(served).extracting(Served::status).containsExactly(200, 206, 200);
        assertThat(served.get(1).range()).contains("bytes=" + CUT + "-");
        assertThat(served.get(2).range()).isEmpty();
    }

    @Test
    void aConnectionBrokenManyTimesCompletesAndFinishedObjectsAreNotFetchedAgain() throws Exception {
        HttpSource.Limits twoTries = new HttpSource.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2), 1,
                Duration.ofSeconds(10), 2);
        int cuts = 12;
        int step = 20_000;
        for (int i = 0; i < cuts; i++) {
            server.fault(big, Fault.resetAfter(step));
        }
        String map = county.location(FeedFixture.MAP);
        server.fault(map, Fault.resetAfter(1_000), Fault.resetAfter(1_000), Fault.resetAfter(1_000));

        int syncs = 0;
        Optional<FeedSync.Result> applied = Optional.empty();
        while (applied.isEmpty() && syncs < 20) {
            syncs++;
            try {
                applied = Optional.of(kiosk.sync(server.uri(), twoTries));
            } catch (FeedException e) {
                assertThat(e.reason()).isEqualTo(FeedException.Reason.NETWORK);
                assertThat(kiosk.version()).isZero();
                assertThat(kiosk.status().lastErrorReason()).contains(FeedException.Reason.NETWORK);
            }
        }

        assertThat(applied).isPresent();
        assertAppliedWithGoodCopy(applied.get());
        assertThat(syncs).as("two tries per sync, 15 cuts").isEqualTo(8);
        assertThat(server.requests(big)).isEqualTo(cuts + 1);
        assertThat(server.bytes(big)).as("each resume went on where the last stopped").isEqualTo(length);
        assertThat(server.requests(map)).isEqualTo(4);
        for (Manifest.Entry e : county.manifest().objects()) {
            if (!e.location().equals(big) && !e.location().equals(map) && e.region().orElseThrow().overlaps(kiosk.region)) {
                assertThat(server.requests(e.location())).as(e.path() + " fetched once").isEqualTo(1);
            }
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
