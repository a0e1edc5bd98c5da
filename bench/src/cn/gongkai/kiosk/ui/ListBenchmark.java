package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.feed.ContentFolder;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.ui.screen.DomainsScreen;
import cn.gongkai.kiosk.ui.screen.FundListScreen;
import cn.gongkai.kiosk.ui.screen.FundScreen;
import cn.gongkai.kiosk.ui.screen.ItemDetailScreen;
import cn.gongkai.kiosk.ui.screen.ItemsScreen;
import cn.gongkai.kiosk.ui.screen.Level1Screen;
import cn.gongkai.kiosk.ui.screen.NoticeListScreen;
import cn.gongkai.kiosk.ui.screen.NoticeScreen;
import cn.gongkai.kiosk.ui.screen.PolicyListScreen;
import cn.gongkai.kiosk.ui.screen.PolicyScreen;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;

/**
 * In the real window (run under Xvfb):
 * 1. opening a level-2 list of 10,000 items: time from the tap's action to the end of layout of
 *    the first frame that shows the rows (rendering of that frame follows in the same pulse);
 * 2. heap after browsing 1,000 screens compared with heap after the first 100 (leak check).
 *
 * Usage: java -cp CP cn.gongkai.kiosk.ui.ListBenchmark REPO_DIR
 */
public final class ListBenchmark {
    private static final int ITEMS = 10_000;
    private static final int OPENINGS = 30;
    private static final String DOMAIN = "社会救助";
    private static final String LEVEL1 = "基层便民服务事项（生成数据）";

    private final Shell shell;
    private final UiContext ctx;

    private ListBenchmark(Shell shell, UiContext ctx) {
        this.shell = shell;
        this.ctx = ctx;
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        KioskConfig cfg = KioskServices.loadConfig(repo.resolve("kiosk-config"));
        Path data = Files.createTempDirectory("kiosk-bench-list");
        KioskServices services = KioskServices.open(cfg, data, Clock.systemUTC());
        ContentSet demo = ContentFolder.read(repo.resolve("assets/demo/content"));
        List<CatalogItem> catalog = new ArrayList<>(demo.catalog());
        catalog.addAll(generated(cfg));
        services.content().replaceFeedContent(new ContentSet(catalog, demo.policies(),
                demo.funds(), demo.notices(), demo.broadcasts()), "bench", 2, "360123", Clock.systemUTC().instant());

        UiContext ctx = new UiContext(cfg, services.uiContent(), Clock.systemUTC(),
                new Async(Executors.newFixedThreadPool(2, r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true);
                    return t;
                })));
        CompletableFuture<Void> done = new CompletableFuture<>();
        KioskApplication.onShown = (shell, theme) -> {
            Thread t = new Thread(() -> {
                try {
                    new ListBenchmark(shell, ctx).run();
                    done.complete(null);
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                } finally {
                    KioskApplication.exit();
                }
            });
            t.setDaemon(true);
            t.start();
        };
        KioskApplication.run(new KioskApplication.Startup(ctx, null, new KioskApplication.WindowOptions(false, false, 0)));
        done.join();
        services.close();
    }

    private void run() throws Exception {
        Thread.sleep(1000);
        List<Double> query = new ArrayList<>();
        for (int i = 0; i < OPENINGS; i++) {
            long t0 = System.nanoTime();
            ctx.catalog().items(DOMAIN, LEVEL1);
            query.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(query);
        System.out.printf("query of the %,d summaries alone: p50 %.1f ms, p95 %.1f ms%n", ITEMS,
                percentile(query, 50), percentile(query, 95));
        double[] first = openLongList();
        onFx(() -> shell.navigator().home());
        System.out.printf("first opening after start: first rows %.1f ms, whole list %.1f ms%n", first[0], first[1]);
        List<Double> paint = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        for (int i = 0; i < OPENINGS; i++) {
            double[] t = openLongList();
            paint.add(t[0]);
            whole.add(t[1]);
            onFx(() -> shell.navigator().home());
            Thread.sleep(100);
        }
        Collections.sort(paint);
        Collections.sort(whole);
        System.out.printf("open %,d-item level-2 list, first laid-out frame with rows: p50 %.1f ms, p95 %.1f ms,"
                        + " max %.1f (n=%d; goal <= 100 ms)%n", ITEMS, percentile(paint, 50),
                percentile(paint, 95), paint.get(paint.size() - 1), OPENINGS);
        System.out.printf("open %,d-item level-2 list, all %,d rows in the list: p50 %.1f ms, p95 %.1f ms, max %.1f%n",
                ITEMS, ITEMS, percentile(whole, 50), percentile(whole, 95), whole.get(whole.size() - 1));

        int[] shown = {0};
        long heap100 = 0;
        while (shown[0] < 1000) {
            browseOnce(shown);
            if (heap100 == 0 && shown[0] >= 100) {
                heap100 = settledHeap();
            }
        }
        long heap1000 = settledHeap();
        System.out.printf("heap after %d screens: %.1f MB; after 1,000: %.1f MB; growth %+.1f%% (goal <= 5%%)%n",
                100, heap100 / 1048576.0, heap1000 / 1048576.0, 100.0 * (heap1000 - heap100) / heap100);
        if (Boolean.getBoolean("bench.histogram")) {
            // Where the heap went, for chasing a leak: the 40 largest classes.
            Process p = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            new String(p.getInputStream().readAllBytes()).lines().limit(40).forEach(System.out::println);
        }
    }

    /**
     * Opens the long list; returns ms to the first laid-out frame showing rows, and ms until all
     * rows are in the list and laid out.
     */
    private double[] openLongList() throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        double[] times = {-1, -1};
        onFx(() -> {
            Scene scene = shell.root().getScene();
            long t0 = System.nanoTime();
            ItemsScreen screen = new ItemsScreen(ctx, shell.navigator(), DOMAIN, LEVEL1);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                ListView<?> list = screen.list();
                boolean rows = !list.getItems().isEmpty() && !list.lookupAll(".list-cell").isEmpty();
                if (rows && times[0] < 0) {
                    times[0] = (System.nanoTime() - t0) / 1e6;
                }
                if (rows && list.getItems().size() == ITEMS) {
                    times[1] = (System.nanoTime() - t0) / 1e6;
                    scene.removePostLayoutPulseListener(listener[0]);
                    result.complete(times);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            shell.navigator().go(screen);
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** One villager's round: catalog down to an item and back, a policy, a fund, a notice. */
    private void browseOnce(int[] shown) throws Exception {
        Navigator nav = shell.navigator();
        List<CatalogDao.DomainCount> domains = ctx.catalog().domains();
        String domain = domains.get(shown[0] % domains.size()).domain();
        CatalogDao.Level1Count l1 = ctx.catalog().level1(domain).get(0);
        CatalogDao.ItemSummary item = ctx.catalog().items(domain, l1.level1()).get(0);
        var policy = ctx.policies().list().get(shown[0] % ctx.policies().list().size());
        var fund = ctx.funds().list().get(shown[0] % ctx.funds().list().size());
        var notice = ctx.notices().list().get(shown[0] % ctx.notices().list().size());
        List<Consumer<Navigator>> steps = List.of(
                n -> n.go(new DomainsScreen(ctx, n)),
                n -> n.go(new Level1Screen(ctx, n, domain)),
                n -> n.go(new ItemsScreen(ctx, n, domain, l1.level1())),
                n -> n.go(new ItemDetailScreen(ctx, n, item.id(), item.level2())),
                Navigator::back,
                Navigator::home,
                n -> n.go(new PolicyListScreen(ctx, n)),
                n -> n.go(new PolicyScreen(ctx, n, policy)),
                Navigator::home,
                n -> n.go(new FundListScreen(ctx, n)),
                n -> n.go(new FundScreen(ctx, n, fund.id(), fund.project())),
                Navigator::home,
                n -> n.go(new NoticeListScreen(ctx, n)),
                n -> n.go(new NoticeScreen(ctx, n, notice)),
                Navigator::home);
        for (Consumer<Navigator> step : steps) {
            onFx(() -> step.accept(nav));
            Thread.sleep(15);
            shown[0]++;
        }
    }

    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<CatalogItem> generated(KioskConfig cfg) {
        String[] services = {"低保申请", "临时救助", "高龄津贴", "残疾人两项补贴", "医保参保登记", "养老保险缴费",
            "危房改造申请", "耕地地力补贴", "户口迁移", "就业登记"};
        String[] villages = {"石鼻村", "邹家村", "古楼村", "果田村", "联合村"};
        List<CatalogItem> out = new ArrayList<>(ITEMS);
        Scope scope = Scope.of(cn.gongkai.kiosk.domain.PublisherLevel.TOWNSHIP, cfg.region().digits());
        for (int i = 0; i < ITEMS; i++) {
            String service = services[i % services.length];
            String village = villages[(i / services.length) % villages.length];
            out.add(new CatalogItem("bench-" + i, Domains.byName(DOMAIN).orElseThrow().name(), LEVEL1,
                    village + service + "办理指南（第" + (i + 1) + "号）",
                    "办理条件、申请材料、办理流程、办理时限、收费标准（不收费）、咨询和监督电话、" + village + "代办员联系方式",
                    "《中华人民共和国政府信息公开条例》《社会救助暂行办法》",
                    "信息形成或者变更之日起20个工作日内",
                    "石鼻镇人民政府、" + village + "村民委员会",
                    List.of("政府网站", "便民服务站", "村公示栏(电子屏)"),
                    CatalogItem.Audience.PUBLIC, CatalogItem.Manner.PROACTIVE,
                    java.util.Set.of(CatalogItem.CatalogLevel.TOWNSHIP, CatalogItem.CatalogLevel.VILLAGE),
                    java.util.Set.of(CatalogItem.FivePublic.SERVICE), scope));
        }
        return out;
    }

    private static double percentile(List<Double> sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }

    private static void onFx(Runnable r) {
        ScreenshotTour.onFx(r);
    }
}
