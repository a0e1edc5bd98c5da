package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.ui.Async;
import cn.gongkai.kiosk.ui.ScreenshotTour;
import cn.gongkai.kiosk.ui.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kiosk screenshot --out DIR}: renders the main screens to PNG (needs a display, e.g. xvfb-run). */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Render the main screens, in standard and seniors' mode, to PNG files (run under X or xvfb-run).")
final class ScreenshotCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files.")
    Path out;

    @Override
    public Integer call() throws StartupException {
        KioskConfig cfg = main.loadConfig();
        ExecutorService background = Executors.newFixedThreadPool(2, Main.daemon("kiosk-load"));
        try (KioskServices s = main.openServices(cfg)) {
            UiContext ui = new UiContext(cfg, s.uiContent(),
                    s.clock(), new Async(background));
            List<Path> files = ScreenshotTour.run(ui, out);
            files.forEach(f -> spec.commandLine().getOut().println(f));
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            background.shutdownNow();
        }
    }
}
