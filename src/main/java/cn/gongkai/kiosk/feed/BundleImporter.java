package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.storage.ContentStore;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Applies a content bundle: read and check everything first, then swap the feed content in one
 * transaction. The embedded demo and (later) every feed version and USB import go through here,
 * so they are checked and applied the same way.
 */
public final class BundleImporter {
    private static final Logger LOG = Logger.getLogger(BundleImporter.class.getName());
    /** Where the demo bundle lives inside the application. */
    public static final String DEMO_PREFIX = "/assets/demo/content/";

    private final ContentStore store;
    private final Clock clock;
    private final BundleReader reader = new BundleReader();

    public BundleImporter(ContentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reads, checks and applies; on any error the content on screen stays as it was. */
    public BundleReader.Bundle apply(BundleSource source, String sourceLabel) throws BundleFormatException {
        BundleReader.Bundle bundle = reader.read(source);
        BundleReader.Header h = bundle.header();
        store.replaceFeedContent(bundle.content(), sourceLabel, h.version(), h.region().digits(), clock.instant());
        LOG.info(() -> "applied bundle " + sourceLabel + " version " + h.version() + " " + bundle.content().counts());
        return bundle;
    }

    /**
     * Loads the embedded demo content when the kiosk has never had any content.
     *
     * @param kioskRegion the kiosk's area, to warn when the demo (安义县) cannot show anything there
     */
    public boolean loadDemoIfEmpty(cn.gongkai.kiosk.domain.RegionCode kioskRegion) throws BundleFormatException {
        if (store.current().isPresent()) {
            return false;
        }
        BundleReader.Bundle demo = apply(BundleSource.classpath(DEMO_PREFIX), "demo");
        if (!kioskRegion.overlaps(demo.header().region())) {
            LOG.warning("the demo content is for region " + demo.header().region() + " but this kiosk is configured for "
                    + kioskRegion + ": its screens will be empty until content for its area arrives");
        }
        return true;
    }
}
