package jp.miyazaki.kyodo.console;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * A staff member answers a consultation from its page in the console's inbox, in headless Chromium: an empty answer is refused
 * next to the box, an answer reaches the citizen on LINE (WireMock), marks the consultation answered and appears in its thread, one LINE
 * refuses keeps its text and says so, and an answer over 500 characters is refused. Screenshots go to
 * {@code target/consultation-reply-*.png}.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = "kyodo.broadcast.poll-interval=100ms")
class ConsultationReplyBrowserTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "consultation password 1";
    private static final String CITIZEN = "U" + "7".repeat(32);
    private static final String ANSWER = "会計報告は、収入と支出を項目ごとにまとめれば大丈夫です。様式をお送りしますね。";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("consultation-reply-");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private Consultations consultations;
    @Autowired
    private AuditLog audit;

    @BeforeEach
    void aStaffMember() {
        accounts.create("sakura", PASSWORD, StaffRole.STAFF, "市民活動推進課", "test", Instant.now());
    }

    @Test
    void anAnswerReachesTheCitizenOnLineAndMarksTheConsultationAnswered() throws Exception {
        Consultation asked = consultations.create(CITIZEN, ConsultationTopic.ACCOUNTING, "会計報告の書き方を知りたいです",
                "LINE", "");
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "sakura", PASSWORD);

        browser.get(url("/admin/consultations/" + asked.id()));
        send(browser, "");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reply .field-error")));
        assertThat(reply(browser).findElement(By.className("field-error")).getText()).isEqualTo("回答を入力してください");
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();

        send(browser, ANSWER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "LINEで回答を届けました"));
        chromium.screenshot("sent");
        List<LoggedRequest> pushes = LINE.requests(LineApiMock.PUSH);
        assertThat(pushes).hasSize(1);
        assertThat(pushes.get(0).getBodyAsString()).contains(CITIZEN, "受付番号 " + asked.id(), ANSWER);
        Consultation answered = consultations.find(asked.id()).orElseThrow();
        assertThat(answered.status()).isEqualTo(ConsultationStatus.ANSWERED);
        assertThat(reply(browser).findElements(By.className("field-error"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#thread li.from-staff")).getText()).contains("sakura", ANSWER);
        assertThat(audit.latest(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("consultation.reply");
            assertThat(entry.target()).isEqualTo(asked.id());
            assertThat(entry.actor()).isEqualTo("sakura");
        });
    }

    @Test
    void anAnswerLineRefusesKeepsItsTextAndOneTooLongIsRefused() throws Exception {
        Consultation asked = consultations.create(CITIZEN, ConsultationTopic.ACCOUNTING, "会計ソフトのおすすめは？",
                "LINE", "");
        LINE.stub(post(urlPathEqualTo(LineApiMock.PUSH))
                .willReturn(LineApiMock.json(400, "{\"message\":\"The request body has 1 error(s)\"}")));
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "sakura", PASSWORD);

        browser.get(url("/admin/consultations/" + asked.id()));
        send(browser, ANSWER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reply .field-error")));
        assertThat(reply(browser).findElement(By.className("field-error")).getText())
                .contains("LINEに届けられませんでした");
        assertThat(reply(browser).findElement(By.name("text")).getAttribute("value")).isEqualTo(ANSWER);
        assertThat(browser.findElements(By.cssSelector("#thread li.from-staff"))).as("not in the thread").isEmpty();
        assertThat(consultations.find(asked.id()).orElseThrow().status()).isEqualTo(ConsultationStatus.NEW);
        assertThat(audit.latest(5)).noneMatch(entry -> entry.action().equals("consultation.reply"));
        chromium.screenshot("not-delivered");

        LINE.reset();
        ConsoleSession sakura = ConsoleSession.signedIn(port, "sakura", PASSWORD);
        HttpResponse<String> tooLong = sakura.postForm("/admin/consultations/" + asked.id() + "/reply",
                Map.of("text", "あ".repeat(501), "_csrf", ConsoleSession.csrf(sakura.get("/admin/consultations").body())));
        assertThat(tooLong.statusCode()).isEqualTo(302);
        assertThat(sakura.get("/admin/consultations/" + asked.id()).body()).contains("回答は500文字以内にしてください");
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
    }

    private static WebElement reply(ChromeDriver browser) {
        return browser.findElement(By.id("reply"));
    }

    private static void send(ChromeDriver browser, String text) {
        WebElement box = reply(browser).findElement(By.name("text"));
        box.clear();
        box.sendKeys(text);
        reply(browser).findElement(By.className("reply-send")).click();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
