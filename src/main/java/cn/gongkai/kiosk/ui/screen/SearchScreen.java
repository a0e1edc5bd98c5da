package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.search.SearchHit;
import cn.gongkai.kiosk.search.SearchQuery;
import cn.gongkai.kiosk.search.SearchService;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.OneRow;
import cn.gongkai.kiosk.ui.widget.TouchKeyboard;
import cn.gongkai.kiosk.ui.widget.TouchList;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Search: a large query field, a candidate strip of Chinese words for the pinyin typed so far, an
 * on-screen keyboard, a row of common topics, and the results, updated as keys are tapped.
 *
 * <p>Searches run off the FX thread. A tap after a quiet spell searches at once; taps (or a
 * physical keyboard) faster than {@link #DEBOUNCE} apart are folded into one search after the
 * last. Only the newest search's result is shown; leaving the screen drops pending ones. A query
 * that found nothing is counted once ({@link SearchService#recordMiss}): when it stayed unchanged
 * for {@link #MISS_AFTER}, or when the screen is left.
 */
public final class SearchScreen extends BaseScreen {
    static final Duration DEBOUNCE = Duration.millis(150);
    static final Duration MISS_AFTER = Duration.seconds(2);
    private static final int RESULTS = 50;
    private static final int CANDIDATES = 8;
    private static final int SUGGESTIONS = 6;
    private static final int TOPICS = 10;

    private final TextField field = new TextField();
    /** Candidates and topics: one row each; those that do not fit are hidden, never clipped. */
    private final OneRow candidates = new OneRow("search-candidates", "candidate-strip");
    private final OneRow topics = new OneRow("search-topics", "topic-row");
    private final Label status = Views.label("search-status", "", "search-status");
    private final TouchList<SearchHit> results;
    private final VBox noResult = new VBox();
    private final StackPane resultArea = new StackPane();
    private final javafx.scene.control.ScrollPane noResultPane;
    /** The start page: every common topic as a big button (while nothing is typed). */
    private final FlowPane topicsAll = new FlowPane(10, 10);
    private final javafx.scene.control.ScrollPane startPane;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final PauseTransition missTimer = new PauseTransition(MISS_AFTER);
    /** A search that takes longer than this says so (the first one may load the dictionary). */
    private final PauseTransition slow = new PauseTransition(Duration.millis(400));

    private boolean active;
    private boolean pendingTrailing;
    /** Counts searches started; only the newest one's result is shown. */
    private long searchSeq;
    private long loadSeq;
    /** The query whose (empty) result is on screen and not yet counted as a miss, if any. */
    private String unrecordedMiss;
    private String lastRecordedMiss;
    private boolean topicsLoaded;
    /** The query whose result is on screen ("" for the start page). */
    private String shownQuery = "";

    public SearchScreen(UiContext ctx, Navigator nav) {
        super(ctx, nav, "screen-search", Msg.get("search.title"));
        field.setId("search-field");
        field.getStyleClass().add("search-field");
        field.setPromptText(Msg.get("search.prompt"));
        field.textProperty().addListener((obs, was, now) -> queryChanged());

        field.setPrefWidth(0);
        showCandidates(List.of());

        TouchKeyboard keyboard = new TouchKeyboard(new TouchKeyboard.Handler() {
            @Override
            public void type(String text) {
                field.appendText(text);
                field.end();
            }

            @Override
            public void backspace() {
                String t = field.getText();
                if (!t.isEmpty()) {
                    field.setText(t.substring(0, t.offsetByCodePoints(t.length(), -1)));
                    field.end();
                }
            }

            @Override
            public void clear() {
                field.clear();
            }
        });
        keyboard.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox left = new VBox(12, field, candidates, keyboard);
        left.setId("search-input");
        left.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        left.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        results = new TouchList<>("search-results", h -> SearchParts.row(h, NoticeListScreen.today(ctx)), this::open);
        results.setPlaceholder(new Label(""));
        noResult.setId("search-no-result");
        noResult.getStyleClass().add("no-result");
        // The no-result page scrolls: with many suggestions in seniors' mode it can be taller than the space.
        noResultPane = Views.scroll(noResult);
        noResultPane.setId("search-no-result-pane");
        noResultPane.setVisible(false);
        topicsAll.setId("search-topics-all");
        VBox start = new VBox(14, topicsAll, Views.label(Msg.get("search.start"), "meta-text"));
        start.getStyleClass().add("no-result");
        startPane = Views.scroll(start);
        startPane.setId("search-start");
        resultArea.getChildren().addAll(results, noResultPane, startPane);
        VBox.setVgrow(resultArea, Priority.ALWAYS);

        VBox right = new VBox(10, Views.label(Msg.get("search.topics"), "element-label"), topics, status,
                resultArea);
        right.setId("search-output");
        right.setMinWidth(0);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox page = new HBox(24, left, right);
        page.getStyleClass().add("screen");
        setContent(page);

        debounce.setOnFinished(e -> {
            if (active && pendingTrailing) {
                pendingTrailing = false;
                search(field.getText());
                debounce.playFromStart();
            }
        });
        slow.setOnFinished(e -> {
            if (active) {
                status.setManaged(true);
                status.setText(Msg.get("search.searching"));
            }
        });
        missTimer.setOnFinished(e -> {
            if (active) {
                recordMiss();
            }
        });
        showStart();
    }

    @Override
    public void activate() {
        active = true;
        if (!topicsLoaded) {
            background(() -> ctx.search().topics(), this::showTopics);
        }
        if (!shownQuery.equals(field.getText().strip())) {
            search(field.getText()); // left within a burst of typing: catch up
        }
        // For staff with a physical keyboard (after the node is on the stage).
        javafx.application.Platform.runLater(() -> {
            if (active) {
                field.requestFocus();
                field.end();
            }
        });
    }

    @Override
    public void deactivate() {
        active = false;
        debounce.stop();
        pendingTrailing = false;
        searchSeq++;
        loadSeq++;
        missTimer.stop();
        slow.stop();
        recordMiss();
        super.deactivate();
    }

    /** The query field, for tests and the screenshot tour. */
    public TextField field() {
        return field;
    }

    /** The query whose result is on screen ("" for none), for tests and the screenshot tour. */
    public String shownQuery() {
        return shownQuery;
    }

    /** Searches for {@code text} at once, as a topic tap does. */
    public void searchFor(String text) {
        debounce.stop();
        pendingTrailing = false;
        field.setText(text); // starts a search, as typing does
        field.end();
    }

    private void queryChanged() {
        missTimer.stop();
        // Typing on from a query that found nothing ("dibx" -> "dib") means it was not final:
        // it is counted only once it stayed (MISS_AFTER) or the screen is left with it.
        unrecordedMiss = null;
        if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            // Within a burst: one search after it settles.
            pendingTrailing = true;
            debounce.playFromStart();
        } else {
            search(field.getText());
            debounce.playFromStart();
        }
    }

    private void search(String text) {
        long seq = ++searchSeq;
        String query = text.strip();
        if (query.isEmpty()) {
            showCandidates(List.of());
            showStart();
            return;
        }
        String pinyin = SearchParts.trailingPinyin(text);
        slow.playFromStart();
        ctx.async().load(() -> {
            SearchService svc = ctx.search();
            List<String> words = pinyin.isEmpty() ? List.of() : svc.candidates(pinyin, CANDIDATES);
            List<SearchHit> hits = svc.search(new SearchQuery(query, Optional.empty(), Optional.empty(), RESULTS));
            List<String> suggestions = hits.isEmpty() ? svc.suggestions(query, SUGGESTIONS) : List.of();
            return new Outcome(query, words, hits, suggestions);
        }, outcome -> {
            if (active && seq == searchSeq) {
                show(outcome);
            }
        }, error -> {
            if (active && seq == searchSeq) {
                slow.stop();
                status.setManaged(true);
                status.setText(Msg.get("error.load"));
            }
        });
    }

    private record Outcome(String query, List<String> candidates, List<SearchHit> hits, List<String> suggestions) { }

    private void show(Outcome o) {
        slow.stop();
        shownQuery = o.query();
        startPane.setVisible(false);
        showTopicRow(true);
        showCandidates(o.candidates());
        if (o.hits().isEmpty()) {
            status.setText("");
            results.getItems().clear();
            showNoResult(o.query(), o.suggestions());
            unrecordedMiss = o.query();
            missTimer.playFromStart();
        } else {
            status.setText(Msg.get("search.count", o.hits().size()));
            noResultPane.setVisible(false);
            results.setVisible(true);
            results.getItems().setAll(o.hits());
            results.scrollTo(0);
        }
    }

    private void showStart() {
        slow.stop();
        shownQuery = "";
        status.setText("");
        results.getItems().clear();
        results.setVisible(false);
        noResultPane.setVisible(false);
        startPane.setVisible(true);
        showTopicRow(false);
    }

    /** The one-row topics while a query is shown; the start page lists them all instead. */
    private void showTopicRow(boolean on) {
        topics.setVisible(on);
        topics.setManaged(on);
        status.setManaged(on);
    }

    private void showNoResult(String query, List<String> suggestions) {
        FlowPane buttons = new FlowPane(10, 10);
        buttons.setId("search-suggestions");
        int i = 0;
        for (String s : suggestions) {
            buttons.getChildren().add(SearchParts.choice("suggestion-" + i++, s, "suggestion", () -> searchFor(s)));
        }
        Label title = Views.label("search-none", Msg.get("search.none", query), "no-result-title");
        noResult.getChildren().setAll(title);
        if (!suggestions.isEmpty()) {
            noResult.getChildren().addAll(Views.label(Msg.get("search.none.hint"), "body-text"), buttons);
        }
        noResult.getChildren().add(Views.label(Msg.get("search.none.contact"), "meta-text"));
        results.setVisible(false);
        noResultPane.setVisible(true);
    }

    private void recordMiss() {
        String q = unrecordedMiss;
        unrecordedMiss = null;
        if (q == null || q.equals(lastRecordedMiss)) {
            return;
        }
        lastRecordedMiss = q;
        ctx.async().load(() -> {
            ctx.search().recordMiss(q);
            return q;
        }, done -> { }, error -> { });
    }

    private void showTopics(List<String> list) {
        topicsLoaded = true;
        topics.getChildren().clear();
        topicsAll.getChildren().clear();
        int i = 0;
        for (String t : list.subList(0, Math.min(TOPICS, list.size()))) {
            topicsAll.getChildren().add(SearchParts.choice("topic-" + i, t, "topic", () -> searchFor(t)));
            topics.getChildren().add(SearchParts.choice("topic-row-" + i++, t, "topic", () -> searchFor(t)));
        }
    }

    private void showCandidates(List<String> words) {
        candidates.getChildren().clear();
        if (words.isEmpty()) {
            candidates.getChildren().add(Views.label(Msg.get("search.candidates.hint"), "candidate-hint"));
            return;
        }
        int i = 0;
        for (String w : words) {
            Button b = SearchParts.choice("candidate-" + i++, w, "candidate", () -> pick(w));
            candidates.getChildren().add(b);
        }
    }

    /** A candidate replaces the pinyin at the end of the query. */
    private void pick(String word) {
        String text = field.getText();
        String pinyin = SearchParts.trailingPinyin(text);
        slow.playFromStart();
        int cut = text.lastIndexOf(pinyin);
        searchFor((pinyin.isEmpty() || cut < 0 ? text : text.substring(0, cut)) + word);
    }

    private <T> void background(Supplier<T> work, java.util.function.Consumer<T> show) {
        long seq = loadSeq;
        ctx.async().load(work, r -> {
            if (active && seq == loadSeq) {
                show.accept(r);
            }
        }, e -> { });
    }

    /** Opens a result on its own screen, as the list screens do. */
    private void open(SearchHit h) {
        switch (h.kind()) {
            case CATALOG -> nav.go(new ItemDetailScreen(ctx, nav, h.id(), h.title()));
            case FUND -> nav.go(new FundScreen(ctx, nav, h.id(), h.title()));
            case POLICY -> background(() -> ctx.policies().byId(h.id()),
                    p -> p.ifPresent(policy -> nav.go(new PolicyScreen(ctx, nav, policy))));
            case NOTICE -> background(() -> ctx.notices().byId(h.id()),
                    n -> n.ifPresent(notice -> nav.go(new NoticeScreen(ctx, nav, notice))));
        }
    }
}
