package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.PieChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * One fund disclosure: the facts, a chart of where the money comes from, and the payment list.
 * The list holds masked data only (see domain.Masking); nothing here can unmask it.
 */
public final class FundScreen extends BaseScreen {

    private final String fundId;

    public FundScreen(UiContext ctx, Navigator nav, String fundId, String project) {
        super(ctx, nav, "screen-fund", PolicyScreen.shortTitle(project));
        this.fundId = fundId;
    }

    @Override
    public void activate() {
        load(() -> ctx.funds().byId(fundId), found -> {
            if (found.isPresent()) {
                show(found.get());
            } else {
                // Withdrawn by a sync while someone was looking at it.
                setContent(Views.label("fund-missing", Msg.get("list.empty"), "screen-title"));
            }
        });
    }

    private void show(FundDisclosure f) {
        offerReading(f.id(), Spoken.fund(f));
        VBox page = new VBox(14);
        page.getStyleClass().add("screen");
        page.getChildren().addAll(
                Views.label("fund-title", f.project(), "screen-title"),
                Views.label("fund-total", Msg.get("fund.total", FundListScreen.wan(f.amounts().total())), "section-title"),
                facts(f));
        if (!f.description().isEmpty()) {
            page.getChildren().add(Views.label("fund-description", f.description(), "body-text"));
        }
        page.getChildren().addAll(Views.label(Msg.get("fund.split"), "section-title"), chart(f));
        page.getChildren().add(Views.label(Msg.get("fund.beneficiaries"), "section-title"));
        if (f.beneficiaries().isEmpty()) {
            page.getChildren().add(Views.label("fund-no-beneficiaries", Msg.get("fund.noBeneficiaries"), "body-text"));
        } else {
            page.getChildren().add(table(f));
        }
        setContent(Views.scroll(page));
    }

    private static GridPane facts(FundDisclosure f) {
        GridPane g = new GridPane();
        g.setId("fund-facts");
        g.setHgap(24);
        g.setVgap(8);
        int row = 0;
        row = fact(g, row, "fund.meta.code", f.projectCode());
        row = fact(g, row, "fund.meta.source", f.fundSource());
        row = fact(g, row, "fund.meta.doc", f.sourceDocNumber());
        row = fact(g, row, "fund.meta.unit", f.responsibleUnit());
        row = fact(g, row, "fund.meta.beneficiaries", f.beneficiarySummary());
        row = fact(g, row, "fund.meta.period", f.period());
        String posted = Msg.date(f.published()) + (f.postedUntil() == null ? "" : " — " + Msg.date(f.postedUntil()));
        row = fact(g, row, "fund.meta.dates", posted);
        fact(g, row, "fund.meta.phone", f.complaintsPhone());
        return g;
    }

    private static int fact(GridPane g, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        g.add(Views.label(Msg.get(key), "element-label"), 0, row);
        g.add(Views.label(key.replace("fund.meta.", "fund-fact-"), value, "body-text"), 1, row);
        return row + 1;
    }

    private static PieChart chart(FundDisclosure f) {
        PieChart chart = new PieChart();
        chart.setId("fund-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(360);
        chart.setMaxWidth(760);
        for (Map.Entry<String, BigDecimal> e : f.amounts().byTier().entrySet()) {
            if (e.getValue().signum() > 0) {
                // The amount is part of the label, so the chart does not rely on colour alone.
                chart.getData().add(new PieChart.Data(e.getKey() + " " + FundListScreen.wan(e.getValue()),
                        e.getValue().doubleValue()));
            }
        }
        return chart;
    }

    private static TableView<Beneficiary> table(FundDisclosure f) {
        TableView<Beneficiary> t = new TableView<>(FXCollections.observableList(f.beneficiaries()));
        t.setId("fund-table");
        // Fixed widths (in characters) for the short columns; the note takes what is left.
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        t.getColumns().add(column("fund.col.name", 4, Beneficiary::name));
        t.getColumns().add(column("fund.col.village", 5, Beneficiary::village));
        t.getColumns().add(column("fund.col.id", 7, Beneficiary::idNumber));
        t.getColumns().add(column("fund.col.bank", 8, Beneficiary::bankAccount));
        t.getColumns().add(column("fund.col.amount", 5, b -> b.amountYuan().toPlainString()));
        t.getColumns().add(column("fund.col.note", 8, Beneficiary::note));
        t.setFocusTraversable(false);
        // Up to ten rows high (the row height comes from the stylesheet, larger in seniors' mode);
        // a longer list scrolls inside the table, which then creates only the rows in view.
        int rows = Math.min(10, f.beneficiaries().size());
        t.prefHeightProperty().bind(t.fixedCellSizeProperty().multiply(rows + 1.3));
        return t;
    }

    private static TableColumn<Beneficiary, String> column(String key, int chars, Function<Beneficiary, String> value) {
        TableColumn<Beneficiary, String> c = new TableColumn<>(Msg.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        // Width in Chinese characters at up to 28 px each (seniors' size); digits take half that.
        c.setPrefWidth(Math.max(chars, Msg.get(key).length()) * 28 + 24);
        return c;
    }
}
