package cn.gongkai.kiosk.feed.publish;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.feed.BundleFormatException;
import cn.gongkai.kiosk.feed.BundleReader;
import cn.gongkai.kiosk.feed.ContentFolder;
import cn.gongkai.kiosk.feed.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the publisher's inputs: catalog CSV tables and the content folder (README, "Content
 * folder"). Every problem is collected, so county IT fixes a spreadsheet in one pass.
 */
final class InputReader {
    static final String MEDIA_DIR = ContentFolder.MEDIA_DIR;

    private InputReader() {
    }

    static ContentSet read(FeedPublisher.Inputs in, List<String> skipped, List<String> warnings)
            throws PublishException, IOException {
        List<String> problems = new ArrayList<>();
        List<CatalogItem> fromCsv = new ArrayList<>();
        CatalogCsvReader csv = new CatalogCsvReader(in.region());
        for (Path file : in.catalogCsvs()) {
            try {
                CatalogCsvReader.Result r = csv.read(file);
                fromCsv.addAll(r.items());
                for (CatalogCsvReader.RowError e : r.errors()) {
                    (in.skipBadRows() ? skipped : problems).add(e.toString());
                }
                if (r.skippedRows() > 0) {
                    warnings.add(file.getFileName() + ": " + r.skippedRows() + " rows without items (notes, subtitles) left out");
                }
            } catch (CsvFileException e) {
                problems.add(e.getMessage());
            }
        }
        BundleReader.Collector all = new BundleReader.Collector();
        if (in.contentDir().isPresent()) {
            Path dir = in.contentDir().get();
            for (String file : files(dir)) {
                Optional<Manifest.Kind> kind = BundleReader.kindOf(file);
                if (kind.isEmpty() && file.startsWith(MEDIA_DIR)) {
                    continue; // published as media, below
                }
                if (kind.isEmpty()) {
                    warnings.add(file + ": not a content file (see README, Content folder), left out");
                    continue;
                }
                try {
                    all.add(kind.get(), file, Files.readAllBytes(dir.resolve(file)));
                } catch (BundleFormatException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        ContentSet content;
        try {
            ContentSet folder = all.content();
            List<CatalogItem> catalog = new ArrayList<>(fromCsv);
            catalog.addAll(folder.catalog());
            content = new ContentSet(catalog, folder.policies(), folder.funds(), folder.notices(),
                    folder.broadcasts());
            BundleReader.Collector check = new BundleReader.Collector();
            check.addAll(content);
            check.content();
        } catch (BundleFormatException e) {
            problems.add(e.getMessage());
            content = null;
        }
        if (content != null) {
            checkScopes(content, in.region(), problems);
            checkAudio(content, in.contentDir().isPresent() ? files(in.contentDir().get()) : List.of(), in.region(),
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new PublishException(problems.size() + " problem(s) found; nothing was published"
                    + (in.skipBadRows() ? "" : " (--skip-bad-rows leaves out unreadable catalog rows)"), problems);
        }
        return content;
    }

    static List<FeedPublisher.Blob> media(FeedPublisher.Inputs in) throws IOException {
        List<FeedPublisher.Blob> out = new ArrayList<>();
        if (in.contentDir().isEmpty()) {
            return out;
        }
        Path dir = in.contentDir().get();
        for (String file : files(dir)) {
            if (file.startsWith(MEDIA_DIR)) {
                out.add(new FeedPublisher.Blob(file, Manifest.Kind.MEDIA, mediaRegion(file, in.region()),
                        Files.readAllBytes(dir.resolve(file))));
            }
        }
        return out;
    }

    /** media/360123102/x.jpg concerns 石鼻镇 only; media/x.jpg the whole county. */
    private static RegionCode mediaRegion(String file, RegionCode publisher) {
        String[] parts = file.split("/");
        if (parts.length > 2 && RegionCode.isValid(parts[1]) && parts[1].startsWith(publisher.digits())) {
            return RegionCode.of(parts[1]);
        }
        return publisher;
    }

    private static void checkScopes(ContentSet c, RegionCode region, List<String> problems) {
        List<Object[]> scoped = new ArrayList<>();
        c.catalog().forEach(i -> scoped.add(new Object[] {"catalog " + i.id() + " (" + i.level1() + "/" + i.level2() + ")", i.scope()}));
        c.policies().forEach(p -> scoped.add(new Object[] {"policy " + p.id(), p.scope()}));
        c.funds().forEach(f -> scoped.add(new Object[] {"fund " + f.id(), f.scope()}));
        c.notices().forEach(n -> scoped.add(new Object[] {"notice " + n.id(), n.scope()}));
        c.broadcasts().forEach(b -> scoped.add(new Object[] {"broadcast " + b.id(), b.scope()}));
        for (Object[] s : scoped) {
            Scope scope = (Scope) s[1];
            if (!FeedPublisher.within(scope, region)) {
                problems.add(s[0] + ": region " + scope.region() + " is outside the publisher's region " + region);
            }
        }
    }

    /**
     * A broadcast's recording must be one of the media files published with it: a feed version
     * is complete, so a recording absent from it is absent on every kiosk.
     */
    private static void checkAudio(ContentSet c, List<String> files, RegionCode publisher, List<String> problems) {
        for (var b : c.broadcasts()) {
            if (!b.hasAudio()) {
                continue;
            }
            if (!files.contains(b.audio())) {
                problems.add("broadcast " + b.id() + ": audio " + b.audio() + " is not in the content folder's media");
            } else if (!mediaRegion(b.audio(), publisher).contains(b.scope().region())) {
                problems.add("broadcast " + b.id() + ": audio " + b.audio() + " is published for region "
                        + mediaRegion(b.audio(), publisher) + " only, the broadcast for " + b.scope().region()
                        + " (kiosks there would not get the recording)");
            }
        }
    }

    static List<String> files(Path dir) throws IOException {
        return ContentFolder.files(dir);
    }
}
