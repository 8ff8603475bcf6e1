package jp.miyazaki.kyodo.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.CatalogProperties;
import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkProperties;
import jp.miyazaki.kyodo.link.LinkTarget;
import jp.miyazaki.kyodo.shared.RedisKeys;

class ExpertMatchingTests {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
    private static final Wording WORDING = ShippedFlows.wording();

    private Experts experts;
    private AccountLinks links;
    private ExpertMatching matching;

    @BeforeEach
    void setUp() {
        StringRedisTemplate redis = TestRedis.flushed();
        links = new AccountLinks(redis, RedisKeys.DEFAULT, new LinkProperties(Duration.ofDays(14), 3,
                Duration.ofHours(1)));
        experts = new Experts(TestRedis.store(redis), links);
        matching = new ExpertMatching(experts);
    }

    @Test
    void theFieldMustMatchAndTheGroupsDistrictRanksAboveTheWholeCityAboveElsewhere() {
        Expert elsewhere = add("佐土原の税理士", List.of(Expertise.ACCOUNTING), List.of("佐土原"));
        Expert citywide = add("市内の会計事務所", List.of(Expertise.ACCOUNTING), List.of(Expert.CITYWIDE));
        Expert local = add("清武の税理士", List.of(Expertise.ACCOUNTING, Expertise.FUNDRAISING), List.of("清武", "田野"));
        add("法務の事務所", List.of(Expertise.LAW), List.of(Expert.CITYWIDE));
        add("清武のデザイナー", List.of(Expertise.DESIGN), List.of("清武"));

        List<ExpertCandidate> candidates = matching.candidates(consultation(Expertise.ACCOUNTING, "清武"), 10);

        assertThat(candidates).extracting(c -> c.expert().id())
                .containsExactly(local.id(), citywide.id(), elsewhere.id());
        assertThat(candidates).extracting(ExpertCandidate::fit).containsExactly(2, 1, 0);
        assertThat(candidates.get(0).reason()).contains("会計・税務", "清武を担当", "LINE未連携");
        assertThat(candidates.get(1).reason()).contains("市内全域に対応");
        assertThat(candidates.get(2).reason()).contains("担当地域外", "佐土原");
        assertThat(matching.candidates(consultation(Expertise.ACCOUNTING, "清武"), 2)).hasSize(2);
    }

    @Test
    void aLinkedExpertRanksFirstAtEqualFitButNotAboveABetterFit() {
        Expert first = add("清武の税理士A", List.of(Expertise.ACCOUNTING), List.of("清武"));
        Expert linkedLocal = add("清武の税理士B", List.of(Expertise.ACCOUNTING), List.of("清武"));
        Expert linkedCitywide = add("市内の会計事務所", List.of(Expertise.ACCOUNTING), List.of(Expert.CITYWIDE));
        link(linkedLocal, "U-expert-b");
        link(linkedCitywide, "U-expert-c");

        List<ExpertCandidate> candidates = matching.candidates(consultation(Expertise.ACCOUNTING, "清武"), 10);

        assertThat(candidates).extracting(c -> c.expert().id())
                .containsExactly(linkedLocal.id(), first.id(), linkedCitywide.id());
        assertThat(candidates.get(0).linked()).isTrue();
        assertThat(candidates.get(0).reason()).contains("LINE連携済み");
    }

    @Test
    void withoutADistrictTheWholeCityFitsBestAndTheCentreCoversBothHalves() {
        Expert centre = add("中央の行政書士", List.of(Expertise.LAW), List.of("中央東", "中央西"));
        Expert citywide = add("市内の法務事務所", List.of(Expertise.LAW), List.of(Expert.CITYWIDE));

        assertThat(matching.candidates(consultation(Expertise.LAW, null), 10)).extracting(c -> c.expert().id())
                .containsExactly(citywide.id(), centre.id());
        assertThat(matching.candidates(consultation(Expertise.LAW, "中央"), 10)).extracting(c -> c.expert().id())
                .containsExactly(centre.id(), citywide.id());
        assertThat(matching.candidates(consultation(Expertise.LAW, "中央西"), 10).get(0).fit()).isEqualTo(2);
    }

    @Test
    void aConsultationWithoutAFieldHasNoCandidates() {
        add("市内の会計事務所", List.of(Expertise.ACCOUNTING), List.of(Expert.CITYWIDE));

        assertThat(matching.candidates(consultation(null, "清武"), 10)).isEmpty();
    }

    @Test
    void theSampleExpertsLoadOnceAndNewExpertsGetTheNextFreeId() {
        SampleExpertsLoader loader = new SampleExpertsLoader(experts, new CatalogProperties(true));

        assertThat(loader.loadIfEmpty()).isTrue();
        assertThat(loader.loadIfEmpty()).isFalse();
        List<Expert> sample = experts.list();
        assertThat(sample).hasSizeBetween(8, 10).allMatch(Expert::sample);
        assertThat(sample.get(0).id()).isEqualTo("EXP-1");
        assertThat(sample).extracting(Expert::kind).contains(ExpertKind.INDIVIDUAL, ExpertKind.BUSINESS);
        assertThat(sample.stream().flatMap(e -> e.fields().stream()).distinct()).hasSize(Expertise.values().length);
        Expert added = experts.create(new Expert(null, "新しい事務所", ExpertKind.BUSINESS,
                List.of(Expertise.IT), List.of(), "", "", "", false));
        assertThat(added.id()).isEqualTo("EXP-" + (sample.size() + 1));
        assertThat(added.districts()).containsExactly(Expert.CITYWIDE);
        assertThat(experts.list()).last().isEqualTo(added);
        assertThat(new SampleExpertsLoader(experts, new CatalogProperties(false)).loadIfEmpty()).isFalse();
    }

    @Test
    void theCitizenLearnsOnlyThePublicContactAndTheExpertOnlyTheContactTheCitizenChose() {
        Expert expert = new Expert("EXP-7", "黒木 真理子（税理士）", ExpertKind.INDIVIDUAL, List.of(Expertise.ACCOUNTING),
                List.of("清武"), "小さな団体の会計を支援します。", "0985-00-1111", "090-0000-9999 private@example.jp", false);
        Consultation byLine = consultation(Expertise.ACCOUNTING, "清武");
        Consultation byPhone = new Consultation("C000002", "U-citizen", ConsultationTopic.ACCOUNTING, "決算の相談", "電話",
                "0985001234", ConsultationStatus.NEW, null, NOW, NOW, Expertise.ACCOUNTING, "清武", null);

        String toCitizen = ExpertIntroductions.citizenText(WORDING, byLine, expert);
        assertThat(toCitizen).contains("C000001", "黒木 真理子（税理士）", "会計・税務", "0985-00-1111", "LINEでご連絡")
                .doesNotContain("090-0000-9999", "private@example.jp");
        assertThat(ExpertIntroductions.expertText(WORDING, byLine)).contains("C000001", "会計・税務", "清武", "会計報告の作り方")
                .doesNotContain("U-citizen").contains("LINEでの連絡を希望");
        assertThat(ExpertIntroductions.expertText(WORDING, byPhone)).contains("0985001234").doesNotContain("U-citizen");
        assertThat(ExpertIntroductions.citizenText(WORDING, byPhone, expert)).contains("ご希望の電話でご連絡します");
    }

    @Test
    void eachSideIsToldInTheirLanguageWithTheLabelsAndTheWayOfAnsweringInIt() {
        Expert expert = new Expert("EXP-7", "黒木 真理子（税理士）", ExpertKind.INDIVIDUAL,
                List.of(Expertise.ACCOUNTING, Expertise.LAW), List.of("清武"), "", "0985-00-1111", "", false);
        Consultation byPhone = new Consultation("C000002", "U-citizen", ConsultationTopic.ACCOUNTING, "決算の相談", "電話",
                "0985001234", ConsultationStatus.NEW, null, NOW, NOW, Expertise.ACCOUNTING, null, null);

        assertThat(ExpertIntroductions.citizenText(WORDING.in("en"), byPhone, expert))
                .contains("C000002", "Accounting and tax, Legal affairs and incorporation", "will contact you by phone")
                .doesNotContain("会計・税務", "電話", "ご連絡");
        assertThat(ExpertIntroductions.citizenText(WORDING.in("ja-easy"), byPhone, expert))
                .contains("おかねの けいさん・ぜいきん", "でんわで れんらくが きます").doesNotContain("電話", "ご連絡");
        assertThat(ExpertIntroductions.expertText(WORDING.in("en"), byPhone))
                .contains("Accounting and bookkeeping", "Accounting and tax", "Whole city / not decided", "(phone)",
                        "0985001234")
                .doesNotContain("会計", "電話", "市内全域");
    }

    @Test
    void deletingAnExpertUnlinksTheirLineAccounts() {
        Expert expert = add("清武の税理士", List.of(Expertise.ACCOUNTING), List.of("清武"));
        link(expert, "U-expert");

        assertThat(experts.delete(expert.id())).isTrue();

        assertThat(experts.find(expert.id())).isEmpty();
        assertThat(experts.linkedUsers(expert.id())).isEmpty();
        assertThat(links.targets("U-expert")).isEmpty();
        assertThat(experts.delete(expert.id())).isFalse();
    }

    private Expert add(String name, List<Expertise> fields, List<String> districts) {
        return experts.create(new Expert(null, name, ExpertKind.INDIVIDUAL, fields, districts, "", "", "", false));
    }

    private void link(Expert expert, String userId) {
        assertThat(links.redeem(links.issue(new LinkTarget("expert", expert.id())), userId))
                .isInstanceOf(AccountLinks.Redemption.Linked.class);
    }

    private static Consultation consultation(Expertise field, String district) {
        return new Consultation("C000001", "U-citizen", ConsultationTopic.EXPERT_MATCHING, "会計報告の作り方", "LINE", "",
                ConsultationStatus.NEW, null, NOW, NOW, field, district, null);
    }
}
