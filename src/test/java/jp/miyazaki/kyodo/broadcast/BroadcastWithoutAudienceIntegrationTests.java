package jp.miyazaki.kyodo.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/** The app as it is before the subscriptions are wired in: it runs, and broadcasts say clearly why they cannot. */
class BroadcastWithoutAudienceIntegrationTests extends KyodoIntegrationTest {

    @Autowired
    private StaffAccounts accounts;

    @Test
    void answers503WithAClearMessageUntilAnAudienceIsWired() {
        accounts.create("hinata", "staff password 456", StaffRole.STAFF, "test", Instant.now());
        AdminApi staff = AdminApi.basic(port, "hinata", "staff password 456");

        HttpResponse<String> create = staff.post("/api/admin/broadcasts", "{\"text\": \"お知らせです。\"}");
        HttpResponse<String> preview = staff.post("/api/admin/broadcasts/preview", "{}");

        assertThat(create.statusCode()).isEqualTo(503);
        assertThat(create.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(create.body()).contains("no audience");
        assertThat(preview.statusCode()).isEqualTo(503);
        assertThat(LINE.requests(LineApiMock.MULTICAST)).isEmpty();
    }
}
