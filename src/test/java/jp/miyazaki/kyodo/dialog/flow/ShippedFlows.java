package jp.miyazaki.kyodo.dialog.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jp.miyazaki.kyodo.activity.ActivityActions;
import jp.miyazaki.kyodo.catalog.CatalogActions;
import jp.miyazaki.kyodo.citizen.LanguageActions;
import jp.miyazaki.kyodo.cityguide.CityGuideAction;
import jp.miyazaki.kyodo.consultation.ConsultationActions;
import jp.miyazaki.kyodo.dialog.FlowActions;
import jp.miyazaki.kyodo.group.GroupActions;
import jp.miyazaki.kyodo.group.GroupAttendanceActions;
import jp.miyazaki.kyodo.link.LinkActions;
import jp.miyazaki.kyodo.privacy.PrivacyActions;
import jp.miyazaki.kyodo.signup.RememberActions;
import jp.miyazaki.kyodo.signup.SignUpActions;
import jp.miyazaki.kyodo.subscription.SubscriptionActions;

/** Builds dialogs folders for tests: the shipped flows and messages with the intents they need. */
public final class ShippedFlows {

    /** Every action the features declare, with its outcomes, as the flows are checked against at start-up. */
    public static final Map<String, Set<String>> ACTIONS = FlowActions.outcomesDeclaredIn(CatalogActions.class,
            SignUpActions.class, RememberActions.class, SubscriptionActions.class, PrivacyActions.class,
            ConsultationActions.class, ActivityActions.class, GroupActions.class, GroupAttendanceActions.class,
            LinkActions.class, LanguageActions.class, CityGuideAction.class);

    private ShippedFlows() {
    }

    /**
     * Loads a copy of {@code dialogs/flows} with the project's intents (or the test list while NLU's is absent);
     * the copy has the shipped {@code dialogs/messages} too.
     */
    public static FlowSet load(Path tempDir) {
        try {
            for (String folder : new String[] {"flows", "messages"}) {
                Path copy = Files.createDirectories(tempDir.resolve(folder));
                try (Stream<Path> files = Files.list(Path.of("dialogs", folder))) {
                    for (Path file : files.toList()) {
                        Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            for (String file : new String[] {ConversationWords.FILE, "city-guide.yml"}) {
                Files.copy(Path.of("dialogs", file), tempDir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            writeIntents(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FlowLoader().load(tempDir, Optional.of(ACTIONS));
    }

    /**
     * No conversation words but the engine's own sentences as shipped in {@code dialogs/conversation.yml}, for
     * engine tests on flows written for the test.
     */
    public static ConversationWords engineSentences() {
        List<Problem> problems = new ArrayList<>();
        ConversationWords shipped = ConversationWords.load(Path.of("dialogs"), problems);
        Map<String, String> sentences = new LinkedHashMap<>();
        shipped.messages().forEach((key, text) -> {
            if (ConversationWords.ENGINE_SENTENCES.contains(key.replaceFirst("@.*", ""))) {
                sentences.put(key, text);
            }
        });
        return new ConversationWords(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(),
                sentences);
    }

    /** The shipped messages, for actions built without Spring. */
    public static MessageCatalog wording() {
        return MessageCatalog.load(Path.of("dialogs"));
    }

    static void writeIntents(Path dialogsDir) throws IOException {
        Path projectIntents = Path.of("dialogs", "intents.yml");
        if (Files.exists(projectIntents)) {
            // The NLU trains from the same folder, so its vocabularies come along with the intents.
            for (String file : new String[] {"intents.yml", "entities.yml", "user-dictionary.csv"}) {
                Files.copy(Path.of("dialogs", file), dialogsDir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try (InputStream in = ShippedFlows.class.getResourceAsStream("/dialog/intents.yml")) {
            Files.copy(in, dialogsDir.resolve("intents.yml"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
