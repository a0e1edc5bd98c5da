package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.ui.screen.DomainsScreen;
import cn.gongkai.kiosk.ui.screen.FeedStatusScreen;
import cn.gongkai.kiosk.ui.screen.FundListScreen;
import cn.gongkai.kiosk.ui.screen.FundScreen;
import cn.gongkai.kiosk.ui.screen.ItemDetailScreen;
import cn.gongkai.kiosk.ui.screen.ItemsScreen;
import cn.gongkai.kiosk.ui.screen.Level1Screen;
import cn.gongkai.kiosk.ui.screen.NoticeListScreen;
import cn.gongkai.kiosk.ui.screen.NoticeScreen;
import cn.gongkai.kiosk.ui.screen.PolicyListScreen;
import cn.gongkai.kiosk.ui.screen.PolicyScreen;
import cn.gongkai.kiosk.ui.screen.SearchScreen;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * Walks the main screens on the demo content and saves each as a PNG, in standard and seniors'
 * mode, so people can look at what villagers see (run under Xvfb: kiosk screenshot --out DIR).
 */
public final class ScreenshotTour {
    private static final long SETTLE_MS = 500;

    private final Shell shell;
    private final Theme theme;
    private final UiContext ctx;
    private final Path outDir;
    private final List<Path> written = new ArrayList<>();

    ScreenshotTour(Shell shell, Theme theme, UiContext ctx, Path outDir) {
        this.shell = shell;
        this.theme = theme;
        this.ctx = ctx;
        this.outDir = outDir;
    }

    /** Starts the UI windowed, takes the pictures, closes the UI; returns the files written. */
    public static List<Path> run(UiContext ctx, Path outDir) {
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        KioskApplication.onShown = (shell, theme) -> {
            Thread t = new Thread(() -> {
                try {
                    done.complete(new ScreenshotTour(shell, theme, ctx, outDir).walk());
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                } finally {
                    KioskApplication.exit();
                }
            }, "screenshot-tour");
            t.setDaemon(true);
            t.start();
        };
        KioskApplication.run(new KioskApplication.Startup(ctx, null,
                new KioskApplication.WindowOptions(false, false, 0)));
        // If the window never came up, the tour never started: fail instead of waiting forever.
        done.completeExceptionally(new IllegalStateException("the kiosk window did not open; see the log"));
        return done.join();
    }

    private List<Path> walk() {
        Navigator nav = shell.navigator();
        snap("01-home");
        step(n -> n.go(new DomainsScreen(ctx, nav)), "02-domains");
        String domain = "社会救助";
        step(n -> n.go(new Level1Screen(ctx, nav, domain)), "03-level1");
        CatalogDao.Level1Count l1 = ctx.catalog().level1(domain).get(0);
        step(n -> n.go(new ItemsScreen(ctx, nav, domain, l1.level1())), "04-items");
        CatalogDao.ItemSummary item = ctx.catalog().items(domain, l1.level1()).get(0);
        step(n -> n.go(new ItemDetailScreen(ctx, nav, item.id(), item.level2())), "05-item");
        step(n -> {
            n.home();
            n.go(new PolicyListScreen(ctx, nav));
        }, "06-policies");
        var policy = ctx.policies().list().stream().filter(p -> p.id().equals("pol-001")).findFirst()
                .orElse(ctx.policies().list().get(0));
        step(n -> n.go(new PolicyScreen(ctx, nav, policy)), "07-policy");
        step(n -> {
            n.home();
            n.go(new FundListScreen(ctx, nav));
        }, "08-funds");
        FundDisclosure fund = ctx.funds().list().stream().filter(f -> !f.beneficiaries().isEmpty()).findFirst()
                .orElse(ctx.funds().list().get(0));
        step(n -> n.go(new FundScreen(ctx, nav, fund.id(), fund.project())), "09-fund");
        step(n -> {
            // The same page scrolled to its end: the chart and the (masked) payment list.
            if (n.current().node().lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane sp) {
                sp.setVvalue(0.8);
            }
        }, "09b-fund-chart-and-list");
        step(n -> {
            n.home();
            n.go(new NoticeListScreen(ctx, nav));
        }, "10-notices");
        var notice = ctx.notices().list().get(0);
        step(n -> n.go(new NoticeScreen(ctx, nav, notice)), "11-notice");
        // 朗读 on that notice: the panel with the sentence being heard highlighted.
        onFx(() -> {
            var offered = nav.current().readAloud();
            if (offered != null && offered.getValue() != null) {
                shell.reading().start(offered.getValue());
            }
        });
        sleep(2_500);
        snap("11a-reading");
        onFx(() -> shell.reading().stop());
        step(n -> {
            n.home();
            n.go(new FeedStatusScreen(ctx, nav));
        }, "11b-feed-status");
        // Search: 低保 typed as pinyin on the touch keys; results with the match highlighted.
        SearchScreen search = new SearchScreen(ctx, nav);
        onFx(() -> {
            nav.home();
            nav.go(search);
            search.field().setText("dibao");
        });
        // The first search may load the pinyin dictionary: wait for its result (at most 20 s).
        for (int i = 0; i < 200 && !onFxGet(() -> "dibao".equals(search.shownQuery())); i++) {
            sleep(100);
        }
        snap("11c-search");
        // The staff PIN pad (what a 5-second press on the bottom-left corner opens): names, then digits.
        onFx(() -> {
            nav.home();
            shell.staff().pad().show();
        });
        for (int i = 0; i < 100 && onFxGet(() -> shell.root().lookup(".pin-key") == null
                || shell.root().lookup("#pin-cancel") == shell.root().lookup(".pin-key")); i++) {
            sleep(100);
        }
        snap("11d-pin-pad");
        onFx(() -> {
            if (shell.root().lookup(".pin-key") instanceof javafx.scene.control.Button name) {
                name.fire();
            }
        });
        snap("11e-pin-digits");
        onFx(() -> shell.staff().pad().hide());
        step(n -> {
            theme.seniorsModeProperty().set(true);
            n.home();
        }, "12-seniors-home");
        step(n -> n.go(new ItemDetailScreen(ctx, nav, item.id(), item.level2())), "13-seniors-item");
        step(n -> {
            n.home();
            n.go(new PolicyScreen(ctx, nav, policy));
        }, "14-seniors-policy");
        return written;
    }

    private void step(Consumer<Navigator> action, String name) {
        onFx(() -> action.accept(shell.navigator()));
        snap(name);
    }

    private void snap(String name) {
        sleep(SETTLE_MS);
        WritableImage[] image = new WritableImage[1];
        onFx(() -> {
            Scene scene = shell.root().getScene();
            image[0] = scene.snapshot(null);
        });
        Path file = outDir.resolve(name + ".png");
        try {
            Files.createDirectories(outDir);
            ImageIO.write(toBuffered(image[0]), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(file);
    }

    static BufferedImage toBuffered(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** Runs {@code r} on the FX thread and waits for it (tools driving the UI from outside). */
    static void onFx(Runnable r) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("UI step failed", e);
        }
    }

    private static boolean onFxGet(java.util.function.BooleanSupplier check) {
        boolean[] result = new boolean[1];
        onFx(() -> result[0] = check.getAsBoolean());
        return result[0];
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
