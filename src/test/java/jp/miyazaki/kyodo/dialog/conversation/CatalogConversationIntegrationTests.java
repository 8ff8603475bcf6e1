package jp.miyazaki.kyodo.dialog.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.nlu.LanguageUnderstanding;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The conversation scripts of {@code src/test/resources/conversations/app} played against the whole app: its
 * understanding (which knows the catalog's names), its flows, its catalog actions on a real Redis and the sample
 * catalog. A script's {@code staff} items are sent through the admin API first, as staff would add an item; its
 * {@code profile_language} stands for the LINE profile, and each turn is then answered in the language the app
 * decides for it (the citizen's choice, the message's script, the profile). Each
 * script talks as its own citizen (its {@code user}, or one named after the file), since Redis is emptied once.
 */
class CatalogConversationIntegrationTests extends KyodoIntegrationTest {

    private static final Path SCRIPTS = Path.of("src", "test", "resources", "conversations", "app");
    private static final String STAFF_PASSWORD = "conversation scripts 4";
    /** Instances compare the catalog's version at most once a second before reading names again. */
    private static final long NAMES_NOTICED_MS = 1_200;

    @Autowired
    private Dialog dialog;

    @Autowired
    private LanguageUnderstanding understanding;

    @Autowired
    private StaffAccounts staffAccounts;

    @Autowired
    private CitizenLanguage languages;

    private AdminApi staff;

    @BeforeEach
    void signIn() {
        if (staffAccounts.find("scripts").isEmpty()) {
            staffAccounts.create("scripts", STAFF_PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        }
        staff = AdminApi.basic(port, "scripts", STAFF_PASSWORD);
    }

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> files = ConversationRunner.scripts(SCRIPTS);
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> {
                    Map<String, Object> script = ConversationRunner.read(file);
                    script.putIfAbsent("user", "U-app-" + file.getFileName().toString().replace(".yml", ""));
                    addForStaff(script);
                    profileSays(script);
                    new ConversationRunner(dialog, understanding, (user, input, now) -> languages.forTurn(user,
                            input instanceof UserInput.Text text ? text.text() : null,
                            input instanceof UserInput.Follow, now)).play(script);
                }));
    }

    /** A script's {@code profile_language} is what the citizen's LINE profile says, as if read just now. */
    private void profileSays(Map<String, Object> script) {
        Object profile = script.get("profile_language");
        if (profile != null) {
            languages.profileSays(String.valueOf(script.get("user")), String.valueOf(profile), Instant.now());
        }
    }

    @SuppressWarnings("unchecked")
    private void addForStaff(Map<String, Object> script) throws Exception {
        List<Map<String, Object>> items = (List<Map<String, Object>>) script.getOrDefault("staff", List.of());
        for (Map<String, Object> item : items) {
            String body = new ObjectMapper().writeValueAsString(item.get("body"));
            HttpResponse<String> created = staff.post(String.valueOf(item.get("post")), body);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        if (!items.isEmpty()) {
            Thread.sleep(NAMES_NOTICED_MS);
        }
    }
}
