package jp.miyazaki.kyodo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import jp.miyazaki.kyodo.broadcast.BroadcastJobs;
import jp.miyazaki.kyodo.broadcast.BroadcastStatus;
import jp.miyazaki.kyodo.broadcast.Reminder;
import jp.miyazaki.kyodo.broadcast.Segment;
import jp.miyazaki.kyodo.dialog.Reply;

/**
 * What each Redis topology's run checks of the notices, on a bot started with {@link TestReminders} and a short
 * {@code kyodo.reminders.interval}: a citizen who follows notices gets a broadcast, and a reminder due now is pushed
 * to them exactly once (the delivery's leases and sent markers work on that topology).
 */
public final class NoticesOnATopology {

    private static final String REMINDER = "明日は田野の森の間伐体験です。";

    private NoticesOnATopology() {
    }

    public static void aBroadcastAndAReminderReach(RunningBot bot, LineApiMock line, String userId)
            throws InterruptedException {
        SimulatedCitizen citizen = new SimulatedCitizen(bot, userId);
        assertThat(citizen.says("防災の通知を受け取りたい").body()).contains("設定しました");
        Instant now = Instant.now();
        String id = bot.bean(BroadcastJobs.class).create("台風に備えてください", null, null, Segment.EVERYONE, true,
                "topology-test", "市民活動推進課", now, now).id();
        await().atMost(Duration.ofSeconds(30)).until(() -> bot.bean(BroadcastJobs.class).status(id)
                == BroadcastStatus.DONE);
        assertThat(line.requests(LineApiMock.MULTICAST)).anySatisfy(request ->
                assertThat(request.getBodyAsString()).contains(userId));

        TestReminders.DUE.add(new Reminder("event:topology:day-before:" + userId, userId,
                Reply.of(new Reply.Text(REMINDER)), Instant.now(), true));
        await().atMost(Duration.ofSeconds(20)).until(() -> line.pushesTo(userId).stream()
                .anyMatch(body -> body.contains(REMINDER)));
        Thread.sleep(500);
        assertThat(line.pushesTo(userId).stream().filter(body -> body.contains(REMINDER))).hasSize(1);
    }
}
