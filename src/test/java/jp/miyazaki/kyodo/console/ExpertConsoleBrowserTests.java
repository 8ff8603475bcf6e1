package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.expert.Expert;
import jp.miyazaki.kyodo.expert.Experts;
import jp.miyazaki.kyodo.expert.SampleExpertsLoader;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTarget;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * Experts in the console, in headless Chromium: issue a link code (shown once), register an expert, and confirm an
 * expert for a consultation with 「この専門家に依頼」, which tells the citizen and the linked expert on LINE (WireMock)
 * and says so. Screenshots go to {@code target/console-expert-*.png}.
 */
class ExpertConsoleBrowserTests extends KyodoIntegrationTest {

    private static final String CITIZEN = "U" + "a".repeat(32);
    private static final String EXPERT = "U" + "b".repeat(32);

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("console-expert-");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private SampleExpertsLoader sampleExperts;
    @Autowired
    private Experts experts;
    @Autowired
    private Consultations consultations;
    @Autowired
    private AccountLinks links;

    @BeforeEach
    void staffAndSampleExperts() {
        sampleExperts.loadIfEmpty();
        accounts.create("kaede", "console staff password 7", StaffRole.STAFF, "test", Instant.now());
    }

    @Test
    void staffIssueALinkCodeRegisterAnExpertAndConfirmOneForAConsultation() throws IOException {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "kaede", "console staff password 7");

        browser.get(url("/admin/experts"));
        assertThat(browser.findElement(By.id("expert-EXP-2")).getText()).contains("黒木 真理子", "清武", "未連携");
        browser.findElement(By.cssSelector("#expert-EXP-2 form[action$='/link-code'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link-code")));
        String code = browser.findElement(By.cssSelector("#link-code .code")).getText();
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        chromium.screenshot("link-code");
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("link-code"))).as("the code is shown once").isEmpty();
        assertThat(links.redeem(code, EXPERT)).isInstanceOf(AccountLinks.Redemption.Linked.class);

        browser.findElement(By.id("new-expert")).click();
        browser.findElement(By.name("name")).sendKeys("佐土原デザイン室（ブラウザテスト）");
        browser.findElement(By.cssSelector("input[name=fields][value=design]")).click();
        browser.findElement(By.cssSelector("input[name=districts][value='市内全域']")).click();
        browser.findElement(By.cssSelector("input[name=districts][value='佐土原']")).click();
        browser.findElement(By.name("staffContact")).sendKeys("0985-00-7777");
        chromium.screenshot("expert-form");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "登録しました"));
        Expert created = experts.list().stream().filter(e -> e.name().startsWith("佐土原デザイン室")).findFirst()
                .orElseThrow();
        assertThat(created.fields()).containsExactly(Expertise.DESIGN);
        assertThat(created.districts()).containsExactly("佐土原");

        Consultation asked = consultations.create(CITIZEN, ConsultationTopic.EXPERT_MATCHING,
                "団体の会計報告の作り方を知りたいです", "LINE", "", Expertise.ACCOUNTING, "清武");
        browser.get(url("/admin/consultations/" + asked.id()));
        List<WebElement> candidates = browser.findElements(By.cssSelector("#candidates li"));
        assertThat(candidates).hasSize(3);
        assertThat(candidates.get(0).getText()).contains("黒木 真理子", "清武を担当", "LINE連携済み");
        chromium.screenshot("expert-candidates");
        candidates.get(0).findElement(By.className("expert-match")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"),
                "専門家にもLINEでお知らせしました"));
        assertThat(browser.findElement(By.className("notice")).getText()).contains(asked.id(), "黒木 真理子",
                "相談者にはLINEでお知らせしました");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("専門家紹介済み：黒木 真理子（税理士）").doesNotContain("この専門家に依頼");
        chromium.screenshot("expert-matched");

        assertThat(consultations.find(asked.id()).orElseThrow().status()).isEqualTo(ConsultationStatus.MATCHED);
        List<LoggedRequest> pushes = LINE.requests(LineApiMock.PUSH);
        assertThat(pushes).hasSize(2);
        assertThat(pushes).anySatisfy(p -> assertThat(p.getBodyAsString()).contains(CITIZEN).contains("黒木 真理子"));
        assertThat(pushes).anySatisfy(p -> assertThat(p.getBodyAsString()).contains(EXPERT)
                .contains("専門家紹介のご依頼").doesNotContain(CITIZEN));
        assertThat(links.linkedUsers(new LinkTarget("expert", "EXP-2"))).containsExactly(EXPERT);

        browser.get(url("/admin/experts"));
        browser.findElement(By.cssSelector("#expert-" + created.id() + " form[action$='/delete'] button")).click();
        Alert question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).isEqualTo("専門家「" + created.name()
                + "」を削除しますか？LINE連携も解除され、この方には何も届かなくなります。");
        question.accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "削除し"));
        assertThat(experts.find(created.id())).isEmpty();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
