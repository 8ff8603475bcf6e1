package jp.miyazaki.kyodo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.admin.FirstAdmin;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.broadcast.MutableClock;
import jp.miyazaki.kyodo.broadcast.ReminderDelivery;
import jp.miyazaki.kyodo.catalog.SampleCatalogLoader;
import jp.miyazaki.kyodo.simulator.SimulatorPage;
import jp.miyazaki.kyodo.testsupport.Chromium;

/**
 * {@link CollaborationJourneyIntegrationTests}' story done as people would, through the real pages in headless
 * Chromium: a group leader and a citizen chat in the simulator page, each in their own tab, and staff work in the
 * console in a third. The app runs in local mode (no LINE channel), where what the bot pushes unasked (the
 * approval notice to the leader, the thanks to the citizen) appears in the simulator page by itself. The clock is
 * moved from the posting of the recruitment to the activity and to 10:00 the next day. Screenshots of each stage
 * go to {@code target/walk-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kyodo.redis.embedded-dir=target/embedded-redis-walk", "kyodo.admin.username=minori-admin",
        "kyodo.admin.password=journey test password 1"})
@Import(BroadcastTestConfiguration.class)
class CollaborationJourneyBrowserTests {

    private static final MutableClock CLOCK = BroadcastTestConfiguration.CLOCK;
    private static final String ACTIVITY = "子ども食堂の配膳ボランティア";

    @RegisterExtension
    static final Chromium chromium = Chromium.phone();

    @LocalServerPort
    private int port;

    @Autowired
    private StringRedisTemplate redis;
    @Autowired
    private SampleCatalogLoader sampleCatalog;
    @Autowired
    private FirstAdmin firstAdmin;
    @Autowired
    private ReminderDelivery reminders;

    private ChromeDriver browser;
    private WebDriverWait wait;

    /** A first start: the local Redis keeps its data between runs, so it is emptied and the samples loaded. */
    @BeforeEach
    void firstStart() {
        CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        redis.execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
        sampleCatalog.loadIfEmpty();
        firstAdmin.ensure();
        browser = chromium.driver();
        wait = chromium.patiently();
    }

    @AfterEach
    void noon() {
        CLOCK.set(BroadcastTestConfiguration.NOON_JST);
    }

    @Test
    void aLeadersRecruitmentReachesACitizenWhoIsThankedSurveyedAndRecordedAndStaffSeeItAll() throws Exception {
        // Tuesday 1 December 2026, noon in Miyazaki. Staff issue the group's link code in the console.
        String console = browser.getWindowHandle();
        asStaff();
        chromium.signIn(url("/admin/login"), "minori-admin", "journey test password 1");
        browser.findElement(By.linkText("団体")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "団体"));
        browser.findElement(By.id("group-GRP-2")).findElement(By.cssSelector("form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-code")));
        String code = browser.findElement(By.id("link-code")).getText();

        // The leader links their account and posts a recruitment for Thursday by chat.
        browser.switchTo().newWindow(WindowType.TAB);
        String leaderTab = browser.getWindowHandle();
        asPhone();
        SimulatorPage leader = new SimulatorPage(browser);
        leader.openAsNewUser(url("/simulator"));
        leader.say("連携コード " + code);
        assertThat(lastBot(leader, 1)).contains("「檍子ども食堂の会」の代表者として");
        chromium.screenshot("walk-01-leader-linked");
        leader.say("募集を出したい");
        assertThat(lastBot(leader, 1)).contains("募集のタイトル");
        leader.say(ACTIVITY);
        leader.say("12月3日");
        assertThat(lastBot(leader, 1)).contains("9:00-11:00");
        leader.say("10:00-12:00");
        leader.say("檍地区交流センター 調理室");
        leader.say("6人");
        leader.say("配膳と片付けをお願いします。");
        assertThat(lastBot(leader, 1)).contains("よろしいですか");
        answer(leader, "はい");
        assertThat(lastBot(leader, 1)).contains("募集を受け付けました");
        chromium.screenshot("walk-02-recruitment-posted");

        // Staff see similar activities beside it in 募集承認 and approve it; the leader is told in their chat.
        browser.switchTo().window(console);
        asStaff();
        browser.findElement(By.linkText("募集承認")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pending")));
        assertThat(browser.findElement(By.id("pending")).getText()).contains(ACTIVITY);
        browser.findElement(By.linkText("確認して承認")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ACTIVITY));
        assertThat(browser.findElement(By.tagName("dl")).getText()).contains("2026/12/3(木) 10:00〜12:00");
        assertThat(browser.findElement(By.id("similar")).getText()).contains("似ている活動", "子ども食堂の調理・配膳サポート");
        chromium.screenshot("walk-03-console-approval-similar");
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "公開しました"));

        browser.switchTo().window(leaderTab);
        asPhone();
        awaitChat(leader, "募集が公開されました");
        chromium.screenshot("walk-04-leader-told-published");

        // A new citizen finds the group by chat and signs up to its activity.
        browser.switchTo().newWindow(WindowType.TAB);
        String citizenTab = browser.getWindowHandle();
        SimulatorPage citizen = new SimulatorPage(browser);
        citizen.openAsNewUser(url("/simulator"));
        citizen.say("檍で子ども関係の団体ある？");
        WebElement group = card(citizen, "檍子ども食堂の会");
        swipeTo(citizen, group);
        chromium.screenshot("walk-05-citizen-group-cards");
        citizen.tap(button(group, "詳細"));
        citizen.tapQuickReply(ACTIVITY);
        citizen.say("宮崎 花子");
        citizen.say("090-1234-5678");
        citizen.say("1");
        answer(citizen, "はい");
        assertThat(lastBot(citizen, 2)).contains("1名で申し込みます");
        answer(citizen, "はい");
        assertThat(lastBot(citizen, 2)).contains("お申し込みを受け付けました");
        chromium.screenshot("walk-06-signed-up");

        // Thursday 3 December, 11:00: the activity is under way and the leader marks who came by chat.
        CLOCK.set(Instant.parse("2026-12-03T02:00:00Z"));
        browser.switchTo().window(leaderTab);
        leader.say("出欠をつけたい");
        WebElement started = card(leader, ACTIVITY);
        swipeTo(leader, started);
        leader.tap(button(started, "出欠をつける"));
        assertThat(lastBot(leader, 2)).contains("1. 宮崎 花子（1名）");
        leader.say("全員");
        assertThat(lastBot(leader, 1)).contains("よろしいですか");
        answer(leader, "はい");
        assertThat(lastBot(leader, 1)).contains("出欠を記録しました（出席 1件・1名");
        chromium.screenshot("walk-07-attendance-recorded");

        // Friday 4 December, 10:00: the thanks with the survey reaches the citizen's chat by itself.
        CLOCK.set(Instant.parse("2026-12-04T01:00:00Z"));
        reminders.runOnce();
        browser.switchTo().window(citizenTab);
        awaitChat(citizen, "ご参加いただき、ありがとうございました");
        wait.until(driver -> citizen.quickReplyLabels().contains("5 とても満足"));
        assertThat(citizen.quickReplyLabels()).containsExactly("5 とても満足", "4", "3", "2", "1 不満");
        chromium.screenshot("walk-08-thanks-with-ratings");
        citizen.tapQuickReply("5 とても満足");
        assertThat(lastBot(citizen, 1)).contains("感想やご意見");
        citizen.say("子どもたちの笑顔がうれしかったです");
        assertThat(lastBot(citizen, 1)).contains("ご回答ありがとうございました");
        chromium.screenshot("walk-09-survey-done");
        citizen.say("私の活動記録");
        assertThat(lastBot(citizen, 2)).contains("2026年の活動：1回・2時間", ACTIVITY);
        chromium.screenshot("walk-10-activity-record");

        // Staff read the survey in アンケート and download the year's records from 活動記録.
        browser.switchTo().window(console);
        asStaff();
        browser.findElement(By.linkText("アンケート")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2026年の参加者アンケート"));
        WebElement chart = browser.findElements(By.cssSelector(".feedback[data-kind=activity]")).stream()
                .filter(c -> c.getText().contains(ACTIVITY)).findFirst().orElseThrow();
        assertThat(chart.findElement(By.className("average")).getText()).isEqualTo("5.0");
        assertThat(chart.findElement(By.className("fill")).getAttribute("style")).contains("width: 100%");
        assertThat(chart.getText()).contains("子どもたちの笑顔がうれしかったです", "檍子ども食堂の会");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        chromium.screenshot("walk-11-feedback-chart");
        browser.findElement(By.linkText("活動記録")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2026年の活動記録"));
        assertThat(browser.findElement(By.id("participations")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("hours")).getText()).isEqualTo("2");
        chromium.screenshot("walk-12-records");
        String csv = chromium.downloadCsv(browser.findElement(By.id("csv")).getAttribute("href"));
        assertThat(csv).contains("\"宮崎 花子\",\"1\",\"2\",\"2026-12-03\",\"2026-12-03\"");
    }

    /** Answers a yes/no question by tapping the button, as people do: a quick reply or the confirm template's. */
    private static void answer(SimulatorPage page, String label) {
        if (page.quickReplyLabels().contains(label)) {
            page.tapQuickReply(label);
            return;
        }
        List<WebElement> templates = page.elements(".template.confirm");
        assertThat(templates).as("a confirm template or a quick reply " + label).isNotEmpty();
        page.tap(templates.get(templates.size() - 1).findElements(By.tagName("button")).stream()
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow());
    }

    /** The newest card in the chat whose text contains {@code title}. */
    private static WebElement card(SimulatorPage page, String title) {
        List<WebElement> cards = page.elements(".carousel .flex-bubble").stream()
                .filter(card -> card.getText().contains(title)).toList();
        assertThat(cards).as("a card of %s in %s", title, page.chatText()).isNotEmpty();
        return cards.get(cards.size() - 1);
    }

    /** Swipes the carousel until the card is in view, as a thumb would. */
    private static void swipeTo(SimulatorPage page, WebElement card) {
        page.js("arguments[0].scrollIntoView({block: 'nearest', inline: 'start'});", card);
        chromium.patiently().until(driver -> (Boolean) page.js(
                "const r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth;", card));
    }

    private static WebElement button(WebElement card, String label) {
        return card.findElements(By.tagName("button")).stream().filter(button -> button.getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " on " + card.getText()));
    }

    /** What the bot's last {@code count} messages show: text bubbles, cards and templates alike. */
    private static String lastBot(SimulatorPage page, int count) {
        List<WebElement> rows = page.elements(".row[data-from=bot]");
        return String.join("\n", rows.subList(Math.max(0, rows.size() - count), rows.size()).stream()
                .map(WebElement::getText).toList());
    }

    /** Waits for a push the page fetches by itself (it looks every 3 seconds). */
    private void awaitChat(SimulatorPage page, String text) {
        chromium.patiently().until(driver -> page.chatText().contains(text));
    }

    private void asPhone() {
        browser.manage().window().setSize(new Dimension(430, 900));
    }

    private void asStaff() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
