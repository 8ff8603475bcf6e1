package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.RunningBot;
import jp.miyazaki.kyodo.testsupport.SimulatedCitizen;

/**
 * Two instances on one Redis and one copy of the dialogs folder: a catalog name staff add on one instance, and a
 * dialog reload on one instance, reach the other within 5 s; and a catalog name in a message is masked before the
 * intent is classified, so titles whose words mean something else still start their own sign-up or deadline.
 */
class SharedChangesIntegrationTests {

    private static final String ADMIN_PASSWORD = "shared changes admin 7";
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String NAME_PROMPT = "参加される方のお名前";

    @TempDir
    static Path folder;
    private static Path dialogs;
    private static LineApiMock line;
    private static RedisTestServer redis;
    private static RunningBot instanceA;
    private static RunningBot instanceB;
    private static AdminApi adminOnA;
    private static int citizens;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        dialogs = folder.resolve("dialogs");
        copy(Path.of("dialogs"), dialogs);
        line = LineApiMock.start();
        redis = RedisTestServer.start();
        instanceA = RunningBot.start(redis, line, "--kyodo.dialogs-dir=" + dialogs, "--kyodo.dialog.watch=false");
        instanceB = RunningBot.start(redis, line, "--kyodo.dialogs-dir=" + dialogs, "--kyodo.dialog.watch=false");
        instanceA.bean(StaffAccounts.class).create("kaede", ADMIN_PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        adminOnA = AdminApi.basic(instanceA.port(), "kaede", ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopThem() {
        instanceA.close();
        instanceB.close();
        redis.stop();
        line.close();
    }

    @Test
    void anActivityAddedOnOneInstanceCanBeSignedUpForOnTheOtherWithinFiveSeconds() {
        // A title whose words read as a consultation: only an instance that knows the name masks it and signs up.
        // B has read the catalog's names before the activity exists, as a busy instance would have.
        assertThat(citizenOn(instanceB).says("相談できるカフェに申し込みたい").body()).doesNotContain(NAME_PROMPT);
        createActivity("相談できるカフェ");

        Instant created = Instant.now();
        String answer = eventually(() -> citizenOn(instanceB).says("相談できるカフェに申し込みたい").body(),
                body -> body.contains(NAME_PROMPT));

        // The sign-up says which activity and date it is for before asking the first detail.
        assertThat(answer).contains("相談できるカフェ（3月6日(土) 9:00〜11:00）のお申し込みですね", NAME_PROMPT);
        assertThat(Duration.between(created, Instant.now())).isLessThan(WITHIN);
    }

    @Test
    void aDialogReloadOnOneInstanceReachesTheOtherWithinFiveSeconds() throws IOException {
        Path help = dialogs.resolve("flows/help.yml");
        Files.writeString(help, Files.readString(help).replace("できることの一覧です。", "できることを一覧にしました。"));
        assertThat(citizenOn(instanceB).says("ヘルプ").body()).contains("できることの一覧です。");

        HttpResponse<String> reload = adminOnA.post("/api/admin/dialogs/reload", "");
        Instant reloaded = Instant.now();
        String answer = eventually(() -> citizenOn(instanceB).says("ヘルプ").body(),
                body -> body.contains("できることを一覧にしました。"));

        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        assertThat(answer).contains("できることを一覧にしました。");
        assertThat(Duration.between(reloaded, Instant.now())).isLessThan(WITHIN);
    }

    @Test
    void titlesWhoseWordsMeanSomethingElseStillStartTheirSignUp() {
        for (String title : new String[] {"補助金説明会のお手伝い", "キャンセル待ちゼロの会"}) {
            createActivity(title);
            String answer = eventually(() -> citizenOn(instanceB).says(title + "に申し込みたい").body(),
                    body -> body.contains(NAME_PROMPT));
            assertThat(answer).as(title).contains(NAME_PROMPT);
        }
    }

    @Test
    void aGrantWhoseNameMeansSomethingElseStillAnswersItsDeadline() {
        HttpResponse<String> grant = adminOnA.post("/api/admin/grants", """
                {"name": "相談窓口づくり応援金", "categories": ["welfare"], "deadline": "2027-03-31"}""");
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);

        String answer = eventually(() -> citizenOn(instanceB).says("相談窓口づくり応援金の締め切り").body(),
                body -> body.contains("について詳しく"));

        assertThat(answer).contains("相談窓口づくり応援金").contains("について詳しく");
    }

    private static void createActivity(String title) {
        HttpResponse<String> created = adminOnA.post("/api/admin/opportunities", """
                {"kind": "volunteer", "title": "%s", "category": "welfare", "district": "青島",
                 "start": "2027-03-06T09:00:00+09:00", "end": "2027-03-06T11:00:00+09:00", "capacity": 10}"""
                .formatted(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** A citizen who has not talked to the bot yet, so no conversation of an earlier attempt is open. */
    private static SimulatedCitizen citizenOn(RunningBot bot) {
        return new SimulatedCitizen(bot, "U%032d".formatted(++citizens));
    }

    /** The first answer that passes within 5 s, or the last one. */
    private static String eventually(Supplier<String> answer, java.util.function.Predicate<String> good) {
        Instant until = Instant.now().plus(WITHIN);
        String last = answer.get();
        while (!good.test(last) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = answer.get();
        }
        return last;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
