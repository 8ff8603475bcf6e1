package jp.miyazaki.kyodo.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.shared.RedisKeys;

class AccountLinksTests {

    private static final LinkTarget GROUP = new LinkTarget("group", "GRP-1");

    private StringRedisTemplate redis;
    private AccountLinks links;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        links = new AccountLinks(redis, RedisKeys.DEFAULT, new LinkProperties(Duration.ofDays(14), 3,
                Duration.ofHours(1)));
    }

    @Test
    void aCodeLinksTheCitizenOnceAndIsThenUsedUp() {
        String code = links.issue(GROUP);

        assertThat(code).matches("[" + AccountLinks.ALPHABET + "]{4}-[" + AccountLinks.ALPHABET + "]{4}");
        assertThat(redis.getExpire("kyodo:link:code:" + code.replace("-", ""))).isPositive();
        assertThat(links.redeem(code, "U-leader")).isEqualTo(new AccountLinks.Redemption.Linked(GROUP));
        assertThat(links.linkedUsers(GROUP)).containsExactly("U-leader");
        assertThat(links.targets("U-leader", "group")).containsExactly("GRP-1");
        assertThat(links.redeem(code, "U-other")).isInstanceOf(AccountLinks.Redemption.Unknown.class);
        assertThat(links.linkedUsers(GROUP)).containsExactly("U-leader");
    }

    @Test
    void theCodeIsFoundInAMessageWrittenInFullWidthOrLowerCase() {
        assertThat(AccountLinks.codeIn("連携コード ｋ７ｑ４－９ｍｚｐ です")).contains("K7Q49MZP");
        assertThat(AccountLinks.codeIn("K7Q4 9MZP")).contains("K7Q49MZP");
        assertThat(AccountLinks.codeIn("連携コードを入力したい")).isEmpty();
        assertThat(AccountLinks.codeIn("電話 0985211234")).isEmpty();
    }

    @Test
    void wrongCodesLockTheCitizenOutEvenForARightCode() {
        String code = links.issue(GROUP);
        for (int i = 0; i < 3; i++) {
            assertThat(links.redeem("AAAA-BBBB", "U-guesser")).isInstanceOf(AccountLinks.Redemption.Unknown.class);
        }

        assertThat(links.redeem(code, "U-guesser")).isInstanceOf(AccountLinks.Redemption.Locked.class);
        assertThat(redis.getExpire("kyodo:link:attempts:U-guesser")).isBetween(1L, 3600L);
        assertThat(links.redeem(code, "U-leader")).isInstanceOf(AccountLinks.Redemption.Linked.class);
    }

    @Test
    void removingACitizenTakesThemOutOfEveryMemberSet() {
        LinkTarget expert = new LinkTarget("expert", "EXP-2");
        links.redeem(links.issue(GROUP), "U-leader");
        links.redeem(links.issue(expert), "U-leader");
        links.redeem(links.issue(GROUP), "U-second");

        links.remove("U-leader");

        assertThat(links.linkedUsers(GROUP)).containsExactly("U-second");
        assertThat(links.linkedUsers(expert)).isEmpty();
    }

    @Test
    void theActionNamesWhatTheAccountIsNowLinkedTo() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("groups", new LinkTargetNames() {
            @Override
            public String kind() {
                return "group";
            }

            @Override
            public Optional<String> nameOf(String id) {
                return Optional.of("檍子ども食堂の会");
            }
        });
        LinkActions actions = new LinkActions(links, beans.getBeanProvider(LinkTargetNames.class),
                ShippedFlows.wording());
        String code = links.issue(GROUP);

        DialogAction.Result linked = actions.link(context("連携コード " + code.toLowerCase()));
        DialogAction.Result again = actions.link(context("連携コード " + code));
        DialogAction.Result noCode = actions.link(context("連携したい"));

        assertThat(linked.outcome()).isEqualTo("ok");
        assertThat(linked.values()).containsEntry("target_name", "檍子ども食堂の会")
                .containsEntry("text", "「檍子ども食堂の会」とLINEアカウントを連携しました。");
        assertThat(again.outcome()).isEqualTo("invalid");
        assertThat(again.values().get("text")).contains("使えません");
        assertThat(noCode.outcome()).isEqualTo("invalid");
        assertThat(noCode.values().get("text")).contains("読み取れません");
    }

    @Test
    void theActionAnswersInTheCitizensLanguageAndAFeaturesOwnSentenceToo() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("experts", new NamedLinkTargets("expert", id -> Optional.of("黒木 真理子"),
                (name, language) -> language + ": " + name));
        LinkActions actions = new LinkActions(links, beans.getBeanProvider(LinkTargetNames.class),
                ShippedFlows.wording());
        String expertCode = links.issue(new LinkTarget("expert", "EXP-7"));
        String groupCode = links.issue(GROUP);

        assertThat(actions.link(context(expertCode, "en")).values())
                .containsEntry("text", "en: 黒木 真理子");
        assertThat(actions.link(context(groupCode, "en")).values())
                .containsEntry("text", "Your LINE account is linked to \"" + GROUP.id() + "\".");
        assertThat(actions.link(context(groupCode, "en")).values().get("text"))
                .startsWith("This code cannot be used.");
        assertThat(actions.link(context("れんけい したい", "ja-easy")).values().get("text"))
                .startsWith("コードが よめませんでした。");
    }

    private static DialogAction.Context context(String code) {
        return new DialogAction.Context("U-leader", Map.of("code", code), ZonedDateTime.now());
    }

    private static DialogAction.Context context(String code, String language) {
        return new DialogAction.Context("U-leader", Map.of("code", code), ZonedDateTime.now(), language);
    }
}
