package jp.miyazaki.kyodo.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.catalog.RedisKeys;
import jp.miyazaki.kyodo.catalog.TestRedis;

class ConsultationsTests {

    private StringRedisTemplate redis;
    private Consultations consultations;

    @BeforeEach
    void setUp() {
        redis = TestRedis.flushed();
        consultations = new Consultations(redis, TestRedis.JSON, RedisKeys.DEFAULT, Clock.systemUTC());
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
}
