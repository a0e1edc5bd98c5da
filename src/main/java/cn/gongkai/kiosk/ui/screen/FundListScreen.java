package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.storage.FundDao;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.TouchList;
import cn.gongkai.kiosk.ui.widget.Views;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Fund and subsidy disclosures, newest first. */
public final class FundListScreen extends BaseScreen {
    private final TouchList<FundDao.FundSummary> list;

    public FundListScreen(UiContext ctx, Navigator nav) {
        super(ctx, nav, "screen-funds", Msg.get("funds.title"));
        list = new TouchList<>("fund-list",
                f -> TouchList.Row.of(f.project(), PolicyListScreen.join(
                        Msg.get("fund.total", wan(f.total())), f.responsibleUnit(), Msg.date(f.published()))),
                f -> nav.go(new FundScreen(ctx, nav, f.id(), f.project())));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox page = new VBox(12, Views.label(Msg.get("funds.title"), "screen-title"), list);
        page.getStyleClass().add("screen");
        setContent(page);
    }

    @Override
    public void activate() {
        load(() -> ctx.funds().summaries(), list::show);
    }

    /** 万元 amounts as published: up to 4 decimals, no trailing zeros, no exponent. */
    static String wan(BigDecimal amount) {
        BigDecimal v = amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }
}
