package jp.miyazaki.kyodo.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.activity.ActivityConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogProperties;
import jp.miyazaki.kyodo.catalog.SampleCatalogLoader;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.catalog.TestRedis;
import jp.miyazaki.kyodo.consultation.ConsultationConfiguration;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.dialog.flow.FlowActionBeans;
import jp.miyazaki.kyodo.dialog.flow.ShippedFlows;
import jp.miyazaki.kyodo.session.RedisSettings;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.signup.SignUpConfiguration;
import jp.miyazaki.kyodo.subscription.Segment;
import jp.miyazaki.kyodo.subscription.SubscriptionConfiguration;
import jp.miyazaki.kyodo.subscription.Subscriptions;

/** The actions as the dialog engine finds them (beans by name), walked through the journey of issue 4. */
class DialogActionsJourneyTests {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
    private static final String USER = "Ujourney0123456789";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RedisSettings.class, CatalogProperties.class})
    static class Infrastructure {

        @Bean
        StringRedisTemplate redis() {
            return TestRedis.flushed();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        Wording wording() {
            return ShippedFlows.wording();
        }

        /** The citizens' languages as stored in Redis; these journeys never read a LINE profile. */
        @Bean
        CitizenLanguage citizenLanguage(StringRedisTemplate redis, RedisSettings settings) {
            return new CitizenLanguage(redis, null, settings);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("kyodo.redis.embedded-dir=target/unused",
                    "kyodo.redis.key-prefix=kyodo:", "kyodo.recognition.milestones.activities=5",
                    "kyodo.recognition.milestones.hours=50", "kyodo.recognition.thanks-time=10:00")
            .withUserConfiguration(Infrastructure.class, FlowActionBeans.class, CatalogConfiguration.class, SignUpConfiguration.class,
                    SubscriptionConfiguration.class, ConsultationConfiguration.class, ActivityConfiguration.class,
                    PrivacyConfiguration.class);

    private void run(Consumer<ApplicationContext> journey) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            context.getBean(SampleCatalogLoader.class).loadIfEmpty();
            journey.accept(context);
        });
    }

    private static Result call(ApplicationContext context, String name, Map<String, String> slots) {
        DialogAction action = context.getBeansOfType(DialogAction.class).values().stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        return action.perform(new DialogAction.Context(USER, slots, ZonedDateTime.ofInstant(NOW, CityTime.ZONE)));
    }

    @Test
    void everyActionTheFlowsNameIsABeanOnce() {
        run(context -> assertThat(context.getBeansOfType(DialogAction.class).values())
                .extracting(DialogAction::name)
                .containsExactlyInAnyOrder("catalog.criteria", "catalog.refine", "catalog.search", "catalog.opportunity",
                        "catalog.find", "catalog.nearby", "catalog.place",
                        "signup.create", "signup.places", "signup.list", "signup.cancel", "signup.remembered",
                        "signup.offer-remember", "signup.remember", "signup.change-remembered",
                        "signup.forget-remembered", "grant.search", "grant.deadlines",
                        "grant.detail", "facility.search", "facility.detail", "consult.create",
                        "subscription.show", "subscription.follow", "subscription.stop", "privacy.show",
                        "privacy.delete", "profile.register", "activity.record", "feedback.rate",
                        "feedback.comment"));
    }

    @Test
    void theJourneyOfANewCitizenLeavesNothingBehindAfterDeletion() {
        run(context -> {
            Result search = call(context, "catalog.search", Map.of("category", "environment", "district", "青島",
                    "date_from", "2026-11-28", "date_to", "2026-11-29"));
            assertThat(search.outcome()).isEqualTo("ok");
            Reply.Cards cards = (Reply.Cards) search.parts().get(0);
            assertThat(cards.cards().get(0).body()).contains("残り40名");

            // As the signup flow does it: catalog.opportunity resolves the name, its values join the slots.
            Result chosen = call(context, "catalog.opportunity", Map.of("opportunity", "青島のビーチクリーンに申し込みたい"));
            assertThat(chosen.outcome()).isEqualTo("ok");
            Map<String, String> form = new java.util.HashMap<>(chosen.values());
            form.putAll(Map.of("name", "宮崎 花子", "contact", "09012345678", "people", "2", "consent", "yes"));
            Result signUp = call(context, "signup.create", form);
            assertThat(signUp.outcome()).isEqualTo("ok");
            assertThat(signUp.values().get("reference")).matches("S\\d{5}");
            assertThat(signUp.values().get("text")).contains("青島海岸ビーチクリーン").contains("2名");
            assertThat(call(context, "signup.create", form).outcome()).isEqualTo("duplicate");

            Result mine = call(context, "signup.list", Map.of());
            assertThat(mine.outcome()).isEqualTo("ok");
            Reply.Card card = ((Reply.Cards) mine.parts().get(0)).cards().get(0);
            assertThat(card.body()).contains("確定・2名");
            assertThat(card.buttons().get(1).action()).isEqualTo(new Reply.Action.Send(
                    "flow=cancel-signup&slot=signup&value=" + signUp.values().get("reference"), "キャンセル"));
            assertThat(call(context, "catalog.opportunity", Map.of("id", "opp-001")).values())
                    .containsEntry("spaces_left", "38");

            assertThat(call(context, "signup.cancel", Map.of("signup", signUp.values().get("reference"))).outcome())
                    .isEqualTo("ok");
            assertThat(call(context, "signup.list", Map.of()).outcome()).isEqualTo("none");
            assertThat(call(context, "signup.cancel", Map.of("signup", "S99999")).outcome()).isEqualTo("none");
            assertThat(call(context, "signup.create", form).outcome()).isEqualTo("ok");

            assertThat(call(context, "grant.detail", Map.of("name", "地域コミュニティ活動交付金")).values()
                    .get("text")).contains("締め切りまであと12日");
            assertThat(call(context, "facility.search", Map.of("district", "清武")).outcome()).isEqualTo("ok");
            Result consult = call(context, "consult.create", Map.of("topic", "incorporation",
                    "description", "NPO法人を作りたいです", "preference", "phone", "contact", "0985000000"));
            assertThat(consult.outcome()).isEqualTo("ok");
            // Thursday 26 November: three working days later is Tuesday 1 December.
            assertThat(consult.values()).containsEntry("answer_by", "12月1日(火)").containsKey("reference");
            assertThat(call(context, "profile.register", Map.of("district", "none", "topics", "none"))
                    .outcome()).isEqualTo("none");
            assertThat(call(context, "profile.register", Map.of("district", "none", "topics", "environment,childcare"))
                    .outcome()).isEqualTo("ok");
            assertThat(call(context, "subscription.follow", Map.of("category", "disaster")).values())
                    .containsEntry("summary", "分野：防災／地域：すべて");
            assertThat(call(context, "subscription.show", Map.of()).values()).containsEntry("categories", "防災");
            assertThat(context.getBean(Subscriptions.class)
                    .recipients(new Segment(java.util.List.of(jp.miyazaki.kyodo.catalog.Category.DISASTER),
                            java.util.List.of()))).containsExactly(USER);

            Result shown = call(context, "privacy.show", Map.of());
            assertThat(shown.values().get("text")).contains("お申し込み：1件").contains("ご相談：1件")
                    .contains("お知らせの設定：防災");

            assertThat(call(context, "privacy.delete", Map.of()).outcome()).isEqualTo("ok");
            StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
            assertThat(redis.keys("*" + USER + "*")).isEmpty();
            assertThat(call(context, "privacy.show", Map.of()).outcome()).isEqualTo("none");
            assertThat(call(context, "catalog.opportunity", Map.of("id", "opp-001")).values())
                    .containsEntry("spaces_left", "40");
        });
    }

    @Test
    void invalidFormsAreRefusedWithTheReason() {
        run(context -> {
            assertThat(call(context, "signup.create", Map.of("opportunity_id", "opp-001", "name", "山田",
                    "contact", "電話します")).values()).containsEntry("problem", "contact");
            assertThat(call(context, "signup.create", Map.of("opportunity_id", "opp-001", "name", "山田",
                    "contact", "yamada@example.jp", "people", "30")).values()).containsEntry("problem", "people");
            assertThat(call(context, "signup.create", Map.of("opportunity_id", "opp-001", "name", "山田",
                    "contact", "yamada@example.jp", "people", "３人")).outcome()).isEqualTo("ok");
            assertThat(call(context, "subscription.follow", Map.of("categories", "宇宙")).outcome())
                    .isEqualTo("invalid");
            assertThat(call(context, "consult.create", Map.of("description", "相談です")).values())
                    .containsEntry("problem", "topic");
            assertThat(call(context, "consult.create", Map.of("topic", "other", "description", "相談です",
                    "preference", "email")).values()).containsEntry("problem", "contact");
        });
    }
}
