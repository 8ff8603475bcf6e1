package jp.miyazaki.kyodo.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;

class ConsultationsTests {

    private StringRedisTemplate redis;
    private Consultations consultations;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        consultations = new Consultations(TestRedis.store(redis), Clock.systemUTC());
    }

    @Test
    void requestsAreListedForStaffAndChangeStatus() {
        Consultation first = consultations.create("U1", ConsultationTopic.INCORPORATION, "NPO法人を設立したいです。", "LINE", "");
        Consultation second = consultations.create("U2", ConsultationTopic.ACCOUNTING, "会計報告の書き方", "電話", "0985000000");

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(consultations.list()).extracting(Consultation::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(consultations.find(first.id())).contains(first);

        Consultation assigned = consultations.changeStatus(first.id(), ConsultationStatus.ASSIGNED, "staff1").orElseThrow();
        assertThat(assigned.status()).isEqualTo(ConsultationStatus.ASSIGNED);
        assertThat(assigned.assignee()).isEqualTo("staff1");
        assertThat(consultations.ofUser("U1")).containsExactly(assigned);
    }

    @Test
    void topicsAreUnderstoodByIdOrWord() {
        assertThat(ConsultationTopic.parse("NPO設立")).contains(ConsultationTopic.INCORPORATION);
        assertThat(ConsultationTopic.parse("天気")).isEmpty();
        assertThat(ConsultationTopic.parse("法人化・NPO設立")).contains(ConsultationTopic.INCORPORATION);
        assertThat(ConsultationTopic.parse("incorporation")).contains(ConsultationTopic.INCORPORATION);
        assertThat(ConsultationTopic.parse("広報")).contains(ConsultationTopic.PUBLICITY);
    }

    @Test
    void forgetRemovesTheUsersRequestsOnly() {
        consultations.create("U1", ConsultationTopic.PUBLICITY, "チラシの作り方", "LINE", "");
        Consultation other = consultations.create("U2", ConsultationTopic.OTHER, "その他", "LINE", "");

        assertThat(consultations.forget("U1")).isEqualTo(1);

        assertThat(consultations.list()).containsExactly(other);
        assertThat(redis.keys("kyodo:*U1*")).isEmpty();
    }

    @Test
    void theFlowRecordsTheFieldTheTopicNeedsOrTheOneChosenAndTheDistrict() {
        ConsultationActions actions = new ConsultationActions(consultations, ShippedFlows.wording());
        ZonedDateTime at = ZonedDateTime.parse("2026-11-26T10:00:00+09:00[Asia/Tokyo]");

        actions.create(new DialogAction.Context("U1", Map.of("topic", "expert", "field", "accounting",
                "district", "清武", "description", "会計報告の作り方"), at));
        actions.create(new DialogAction.Context("U2", Map.of("topic", "incorporation", "field", "design",
                "district", "any", "description", "NPO法人にしたい"), at));
        actions.create(new DialogAction.Context("U3", Map.of("topic", "other", "district", "中央地区",
                "description", "その他の相談"), at));

        assertThat(consultations.ofUser("U1")).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(Expertise.ACCOUNTING);
            assertThat(c.district()).isEqualTo("清武");
        });
        assertThat(consultations.ofUser("U2")).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(Expertise.LAW);
            assertThat(c.district()).isNull();
        });
        assertThat(consultations.ofUser("U3")).singleElement().satisfies(c -> {
            assertThat(c.field()).isNull();
            assertThat(c.district()).isEqualTo("中央");
        });
    }

    @Test
    void theCitizenIsAnsweredInTheirLanguageWhileStaffReadTheWayOfAnsweringInJapanese() {
        ConsultationActions actions = new ConsultationActions(consultations, ShippedFlows.wording());
        ZonedDateTime thursday = ZonedDateTime.parse("2026-11-26T10:00:00+09:00[Asia/Tokyo]");
        Map<String, String> byPhone = Map.of("topic", "accounting", "description", "帳簿のつけ方",
                "preference", "phone", "contact", "0985-21-1234");

        DialogAction.Result english = actions.create(new DialogAction.Context("U1", byPhone, thursday, "en"));
        DialogAction.Result easy = actions.create(new DialogAction.Context("U2", byPhone, thursday, "ja-easy"));
        DialogAction.Result japanese = actions.create(new DialogAction.Context("U3", byPhone, thursday));

        // Three working days after a Thursday: the Tuesday.
        assertThat(english.values()).containsEntry("answer_by", "Tue, Dec 1")
                .containsEntry("topic_label", "Accounting and bookkeeping");
        assertThat(english.values().get("text")).contains("will contact you by phone by Tue, Dec 1");
        assertThat(easy.values()).containsEntry("answer_by", "12がつ1にち(かようび)");
        assertThat(easy.values().get("text")).contains("でんわで れんらく します");
        assertThat(japanese.values()).containsEntry("answer_by", "12月1日(火)");
        assertThat(japanese.values().get("text")).contains("電話でご連絡します");
        assertThat(consultations.list()).extracting(Consultation::contactPreference).containsOnly("電話");
        assertThat(consultations.ofUser("U1")).singleElement().satisfies(c -> {
            assertThat(c.contactPreferenceIn(ShippedFlows.wording().in("en"))).isEqualTo("phone");
            assertThat(c.contactPreferenceIn(ShippedFlows.wording())).isEqualTo("電話");
        });
        assertThat(actions.create(new DialogAction.Context("U4", Map.of("topic", "accounting"), thursday, "en"))
                .values().get("text")).isEqualTo("Please describe it in up to 1000 characters.");
    }

    @Test
    void aRequestStoredBeforeFieldsAndDistrictsExistedStillReads() {
        redis.opsForValue().set("kyodo:consultation:C000009", "{\"id\":\"C000009\",\"userId\":\"U9\","
                + "\"topic\":\"ACCOUNTING\",\"description\":\"帳簿\",\"contactPreference\":\"LINE\","
                + "\"contact\":\"\",\"status\":\"NEW\",\"assignee\":null,"
                + "\"createdAt\":\"2026-11-01T00:00:00Z\",\"updatedAt\":\"2026-11-01T00:00:00Z\"}");

        Consultation old = consultations.find("C000009").orElseThrow();

        assertThat(old.field()).isNull();
        assertThat(old.district()).isNull();
        assertThat(old.expertId()).isNull();
        assertThat(consultations.changeStatus("C000009", ConsultationStatus.ASSIGNED, "staff1")).isPresent();
    }

    @Test
    void aRequestIsMatchedWithAnExpertOnce() {
        Consultation asked = consultations.create("U1", ConsultationTopic.EXPERT_MATCHING, "会計", "LINE", "",
                Expertise.ACCOUNTING, "清武");

        assertThat(consultations.matchExpert(asked.id(), "EXP-2")).hasValueSatisfying(c -> {
            assertThat(c.status()).isEqualTo(ConsultationStatus.MATCHED);
            assertThat(c.expertId()).isEqualTo("EXP-2");
        });
        assertThat(consultations.matchExpert(asked.id(), "EXP-3")).isEmpty();
        assertThat(consultations.find(asked.id()).orElseThrow().expertId()).isEqualTo("EXP-2");
        assertThat(consultations.matchExpert("C999999", "EXP-3")).isEmpty();
    }

    @Test
    void answersJoinTheThreadOnceEachAndTwoAtOnceAreBothKept() throws Exception {
        Consultation asked = consultations.create("U1", ConsultationTopic.ACCOUNTING, "帳簿のつけ方", "LINE", "");
        assertThat(asked.thread()).singleElement().satisfies(m -> {
            assertThat(m.byStaff()).isFalse();
            assertThat(m.text()).isEqualTo("帳簿のつけ方");
        });

        Consultation answered = consultations.recordAnswer(asked.id(), "staff1", "様式をお送りします").orElseThrow();
        consultations.recordAnswer(asked.id(), "staff1", "様式をお送りします");
        assertThat(answered.status()).isEqualTo(ConsultationStatus.ANSWERED);
        assertThat(answered.assignee()).as("who answered has it").isEqualTo("staff1");
        assertThat(consultations.find(asked.id()).orElseThrow().answers()).extracting(ConsultationMessage::text)
                .containsExactly("様式をお送りします");

        List<CompletableFuture<?>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String text = "回答" + i;
            answers.add(CompletableFuture.runAsync(
                    () -> consultations.recordAnswer(asked.id(), "staff2", text)));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get();
        assertThat(consultations.find(asked.id()).orElseThrow().answers()).hasSize(9);
    }

    @Test
    void theInboxQueryMatchesTheReferenceAsTypedTheTextAndTheAssignee() {
        Consultation mine = consultations.create("U1", ConsultationTopic.ACCOUNTING, "決算書の作り方", "LINE", "");
        consultations.changeStatus(mine.id(), ConsultationStatus.ASSIGNED, "staff1");
        Consultation nobodys = consultations.create("U2", ConsultationTopic.OTHER, "会場探し", "LINE", "");
        Consultation taken = consultations.find(mine.id()).orElseThrow();

        String fullWidth = mine.id().chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0)))
                .reduce("", String::concat);
        assertThat(new InboxQuery(null, null, fullWidth).matches(taken)).isTrue();
        assertThat(new InboxQuery(null, null, mine.id().toLowerCase()).matches(taken)).isTrue();
        assertThat(new InboxQuery(null, null, "決算書").matches(taken)).isTrue();
        assertThat(new InboxQuery(null, null, "決算書").matches(nobodys)).isFalse();
        assertThat(new InboxQuery(null, InboxQuery.UNASSIGNED, null).matches(nobodys)).isTrue();
        assertThat(new InboxQuery(null, InboxQuery.UNASSIGNED, null).matches(taken)).isFalse();
        assertThat(new InboxQuery(null, "staff1", null).matches(taken)).isTrue();
        assertThat(new InboxQuery(InboxQuery.StatusFilter.OPEN, null, null).matches(
                taken.withStatus(ConsultationStatus.ANSWERED, "staff1", taken.updatedAt()))).isTrue();
        assertThat(new InboxQuery(InboxQuery.StatusFilter.OPEN, null, null).matches(
                taken.withStatus(ConsultationStatus.CLOSED, "staff1", taken.updatedAt()))).isFalse();
        assertThat(InboxQuery.StatusFilter.parse("bogus")).isEmpty();
        assertThat(InboxQuery.StatusFilter.choices()).extracting(InboxQuery.StatusFilter::label)
                .containsExactly("未完了", "新規", "対応中", "回答済み", "専門家紹介済み", "完了", "すべて");
    }
}
