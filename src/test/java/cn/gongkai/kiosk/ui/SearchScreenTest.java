package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Search with one finger: touch keys, candidates, topics, results, the no-result page. */
class SearchScreenTest extends UiTestBase {

    /** Leaves the search (its timers stop) before the kiosk under it closes. */
    @org.junit.jupiter.api.AfterEach
    void leaveSearch(FxRobot robot) {
        robot.interact(() -> shell.navigator().home());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSearch(FxRobot robot) {
        tap(robot, "#tile-search");
        waitUntil(() -> present(robot, "#search-field"));
    }

    private static void typeKeys(FxRobot robot, String keys) {
        for (char c : keys.toCharArray()) {
            robot.clickOn("#key-" + (c == ' ' ? "space" : String.valueOf(c)));
        }
    }

    private static String query(FxRobot robot) {
        return robot.lookup("#search-field").queryAs(TextField.class).getText();
    }

    /** Titles of the result rows on screen, as shown (plain or with highlighted parts). */
    private static List<String> shownTitles(FxRobot robot) {
        return robot.lookup("#search-results .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getItem() != null)
                .map(n -> ((ListCell<?>) n).getItem())
                .map(item -> ((cn.gongkai.kiosk.search.SearchHit) item).title())
                .toList();
    }

    private static List<String> highlighted(FxRobot robot) {
        return robot.lookup("#search-results .text-match").queryAll().stream()
                .filter(Node::isVisible)
                .map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void typingDibaoOnTheTouchKeysShowsResultsAbout低保WithTheMatchHighlighted(FxRobot robot) {
        openSearch(robot);
        typeKeys(robot, "dibao");
        assertThat(query(robot)).isEqualTo("dibao");
        waitUntil(() -> shownTitles(robot).stream().anyMatch(t -> t.contains("低保")));
        waitUntil(() -> !highlighted(robot).isEmpty());
        assertThat(String.join("", highlighted(robot))).contains("低保");
        // The highlighted title reads the same as the record's title.
        TextFlow flow = (TextFlow) robot.lookup("#search-results .row-title-marked").queryAll().stream()
                .filter(Node::isVisible).findFirst().orElseThrow();
        String flowText = flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
        assertThat(shownTitles(robot)).contains(flowText);
        // Each row names its kind in words.
        assertThat(robot.lookup("#search-results .badge").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).toList()).isNotEmpty()
                .allMatch(b -> List.of("目录", "政策", "资金", "通知").contains(b));
    }

    @Test
    void aTopicSearchesAtOneTap(FxRobot robot) {
        openSearch(robot);
        waitUntil(() -> present(robot, "#topic-0"));
        String topic = robot.lookup("#topic-0").queryAs(Labeled.class).getText();
        robot.clickOn("#topic-0");
        assertThat(query(robot)).isEqualTo(topic);
        waitUntil(() -> !shownTitles(robot).isEmpty());
        assertThat(robot.lookup("#search-status").queryAs(Labeled.class).getText()).startsWith("找到");
        assertThat(robot.lookup("#search-start").query().isVisible()).isFalse();

        // While results show, the topics stay one tap away in a row above them.
        String other = robot.lookup("#topic-row-1").queryAs(Labeled.class).getText();
        robot.clickOn("#topic-row-1");
        assertThat(query(robot)).isEqualTo(other);
        waitUntil(() -> robot.lookup("#search-status").queryAs(Labeled.class).getText().startsWith("找到")
                && !shownTitles(robot).isEmpty()
                && ((cn.gongkai.kiosk.search.SearchHit) robot.lookup("#search-results")
                        .queryAs(javafx.scene.control.ListView.class).getItems().get(0)) != null);
        // Clearing goes back to the start page with every topic.
        robot.clickOn("#key-clear");
        waitUntil(() -> robot.lookup("#search-start").query().isVisible());
    }

    @Test
    void aCandidateReplacesThePinyinWithChinese(FxRobot robot) {
        openSearch(robot);
        typeKeys(robot, "3");
        typeKeys(robot, "yanglao");
        waitUntil(() -> present(robot, "#candidate-0"));
        String word = robot.lookup("#candidate-0").queryAs(Labeled.class).getText();
        assertThat(word).doesNotContainPattern("[a-z]");
        robot.clickOn("#candidate-0");
        assertThat(query(robot)).isEqualTo("3" + word);
    }

    @Test
    void backspaceAndClear(FxRobot robot) {
        openSearch(robot);
        typeKeys(robot, "jiu ye");
        assertThat(query(robot)).isEqualTo("jiu ye");
        robot.clickOn("#key-backspace");
        robot.clickOn("#key-backspace");
        assertThat(query(robot)).isEqualTo("jiu ");
        robot.clickOn("#key-clear");
        assertThat(query(robot)).isEmpty();
        waitUntil(() -> shownTitles(robot).isEmpty());
        // Backspace on an empty field does nothing.
        robot.clickOn("#key-backspace");
        assertThat(query(robot)).isEmpty();
    }

    @Test
    void aPhysicalKeyboardTypesIntoTheQueryFieldToo(FxRobot robot) {
        openSearch(robot);
        robot.clickOn("#search-field");
        robot.write("jiuye");
        assertThat(query(robot)).isEqualTo("jiuye");
        typeKeys(robot, "2");
        assertThat(query(robot)).isEqualTo("jiuye2");
    }

    @Test
    void noResultPageOffersSuggestionsAndCountsTheMissOnce(FxRobot robot) {
        openSearch(robot);
        typeKeys(robot, "qqqqzzzx");
        waitUntil(() -> present(robot, "#search-none") && robot.lookup("#search-no-result-pane").query().isVisible()
                && robot.lookup("#search-none").queryAs(Labeled.class).getText().contains("qqqqzzzx"));
        assertThat(robot.lookup("#search-none").queryAs(Labeled.class).getText())
                .isEqualTo("没有找到“qqqqzzzx”相关内容");
        waitUntil(() -> present(robot, "#suggestion-0"));
        // Counted once the query stayed unchanged (2 s), not per keystroke.
        waitUntil(() -> misses().contains("qqqqzzzx"));
        assertThat(misses()).noneMatch(q -> q.startsWith("qqq") && !q.equals("qqqqzzzx"));
        int count = search().misses(50).stream()
                .filter(m -> m.query().equals("qqqqzzzx")).findFirst().orElseThrow().count();
        assertThat(count).isEqualTo(1);

        // A suggestion searches again.
        String suggestion = robot.lookup("#suggestion-0").queryAs(Labeled.class).getText();
        robot.clickOn("#suggestion-0");
        assertThat(query(robot)).isEqualTo(suggestion);
        waitUntil(() -> !shownTitles(robot).isEmpty());
        assertThat(robot.lookup("#search-no-result-pane").query().isVisible()).isFalse();

        // Leaving at once with a query that found nothing counts it too, once.
        robot.clickOn("#key-clear");
        typeKeys(robot, "zzqx");
        waitUntil(() -> present(robot, "#search-none")
                && robot.lookup("#search-none").queryAs(Labeled.class).getText().contains("zzqx"));
        robot.clickOn("#nav-home");
        waitUntil(() -> misses().contains("zzqx"));
        assertThat(count("qqqqzzzx")).isEqualTo(1);
    }

    @Test
    void aLateResultForAnOlderQueryIsDropped(FxRobot robot) throws Exception {
        // Background work that can be made slow: the first query's search finishes last.
        var slow = new java.util.concurrent.atomic.AtomicBoolean();
        var pool = java.util.concurrent.Executors.newScheduledThreadPool(2);
        try {
            java.util.concurrent.Executor executor = r -> {
                if (slow.get()) {
                    pool.schedule(r, 1500, java.util.concurrent.TimeUnit.MILLISECONDS);
                } else {
                    pool.execute(r);
                }
            };
            UiContext ctx = new UiContext(kiosk.services.config(), kiosk.services.uiContent(),
                    kiosk.services.clock(), new Async(executor));
            robot.interact(() -> {
                shell = new Shell(ctx, theme);
                robot.lookup("#shell").query().getScene().setRoot((javafx.scene.Parent) shell.root());
            });
            openSearch(robot);
            waitUntil(() -> present(robot, "#topic-0"));
            robot.interact(() -> {
                TextField field = robot.lookup("#search-field").queryAs(TextField.class);
                slow.set(true);
                field.setText("dibao"); // searched at once, on the slow path
                slow.set(false);
                field.setText("jiuye"); // within the debounce: searched 150 ms later, fast
            });
            waitUntil(() -> !shownTitles(robot).isEmpty());
            List<String> jiuye = shownTitles(robot);
            Thread.sleep(2000); // the slow "dibao" result has arrived by now, and was dropped
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(shownTitles(robot)).isEqualTo(jiuye).noneMatch(t -> t.contains("低保"));
            assertThat(query(robot)).isEqualTo("jiuye");
        } finally {
            robot.interact(() -> shell.navigator().home());
            pool.shutdown();
            pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private cn.gongkai.kiosk.search.SearchService search() {
        return new cn.gongkai.kiosk.search.SearchService(kiosk.services.database(), kiosk.services.config().region());
    }

    private List<String> misses() {
        return search().misses(50).stream().map(m -> m.query()).toList();
    }

    private int count(String q) {
        return search().misses(50).stream().filter(m -> m.query().equals(q))
                .findFirst().orElseThrow().count();
    }

    @Test
    void tappingAResultOpensItsScreen(FxRobot robot) {
        openSearch(robot);
        typeKeys(robot, "dibao");
        waitUntil(() -> !shownTitles(robot).isEmpty());
        ListCell<?> first = cell(robot, "search-results", 0);
        var hit = (cn.gongkai.kiosk.search.SearchHit) first.getItem();
        robot.clickOn(first);
        String screen = switch (hit.kind()) {
            case CATALOG -> "#item-title";
            case POLICY -> "#policy-title";
            case FUND -> "#fund-title";
            case NOTICE -> "#notice-title";
        };
        waitUntil(() -> present(robot, screen));
        assertThat(robot.lookup(screen).queryAs(Labeled.class).getText()).isEqualTo(hit.title());
        // Back returns to the search as it was.
        robot.clickOn("#nav-back");
        waitUntil(() -> present(robot, "#search-field"));
        assertThat(query(robot)).isEqualTo("dibao");
        assertThat(shownTitles(robot)).isNotEmpty();
    }

    @Test
    void everyKindOpensItsOwnScreen(FxRobot robot) {
        openSearch(robot);
        var svc = search();
        for (String[] k : new String[][] {{"POLICY", "#policy-title"}, {"NOTICE", "#notice-title"},
                                          {"FUND", "#fund-title"}, {"CATALOG", "#item-title"}}) {
            var kind = cn.gongkai.kiosk.search.SearchHit.Kind.valueOf(k[0]);
            String q = svc.topics().stream().filter(t -> svc.search(cn.gongkai.kiosk.search.SearchQuery.of(t))
                    .stream().anyMatch(h -> h.kind() == kind)).findFirst().orElse(null);
            if (q == null) {
                continue;
            }
            robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#search-field").query()).setText(q));
            waitUntil(() -> shownTitles(robot).size() > 0 && query(robot).equals(q));
            var list = robot.lookup("#search-results").queryAs(javafx.scene.control.ListView.class);
            int index = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (((cn.gongkai.kiosk.search.SearchHit) list.getItems().get(i)).kind() == kind) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                continue;
            }
            final int at = index;
            robot.interact(() -> list.scrollTo(at));
            robot.clickOn(cell(robot, "search-results", at));
            waitUntil(() -> present(robot, k[1]));
            robot.clickOn("#nav-back");
            waitUntil(() -> present(robot, "#search-field"));
        }
    }

    @Test
    void keysAndChoicesAreAtLeast60PxInSeniorsMode(FxRobot robot) {
        robot.clickOn("#mode-seniors");
        openSearch(robot);
        typeKeys(robot, "yang");
        waitUntil(() -> present(robot, "#candidate-0") && present(robot, "#topic-0"));
        List<Node> targets = new java.util.ArrayList<>(robot.lookup(".touch-key").queryAll());
        assertThat(targets).hasSize(26 + 10 + 3);
        targets.addAll(robot.lookup(".topic").queryAll());
        targets.addAll(robot.lookup(".candidate").queryAll().stream().filter(Node::isVisible).toList());
        for (Node n : targets) {
            var b = n.getLayoutBounds();
            String what = n.getId();
            assertThat(b.getWidth()).as("width of %s", what).isGreaterThanOrEqualTo(60);
            assertThat(b.getHeight()).as("height of %s", what).isGreaterThanOrEqualTo(60);
        }
        // Keys do not overlap (a key narrower than its cell would be drawn over its neighbour).
        List<Node> keys = List.copyOf(robot.lookup(".touch-key").<Node>queryAll());
        for (Node a : keys) {
            for (Node b : keys) {
                if (a != b) {
                    assertThat(a.getBoundsInParent().intersects(shrink(b.getBoundsInParent())))
                            .as("%s overlaps %s", a.getId(), b.getId()).isFalse();
                }
            }
        }
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).getFont().getSize())
                .isGreaterThanOrEqualTo(30);
        // The keyboard is on screen in full.
        var kb = robot.lookup("#touch-keyboard").query();
        var sceneBounds = kb.localToScene(kb.getLayoutBounds());
        assertThat(sceneBounds.getMaxY()).isLessThanOrEqualTo(kb.getScene().getHeight());
        assertThat(sceneBounds.getMaxX()).isLessThanOrEqualTo(kb.getScene().getWidth());
    }

    private static javafx.geometry.Bounds shrink(javafx.geometry.Bounds b) {
        return new javafx.geometry.BoundingBox(b.getMinX() + 1, b.getMinY() + 1, b.getWidth() - 2, b.getHeight() - 2);
    }
}
