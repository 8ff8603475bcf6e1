package jp.miyazaki.kyodo.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentLabelsTests {

    private static final Path SHIPPED = Path.of("dialogs", "intents.yml");

    @Test
    void everyRequestOfTheShippedIntentsHasALabelAndGreetingsCancelAndFallbackHaveNone() {
        IntentLabels labels = IntentLabels.load(SHIPPED);

        for (IntentPhrases intent : IntentPhrases.load(SHIPPED)) {
            boolean request = !intent.name().equals(Understanding.FALLBACK) && !intent.name().equals("greeting")
                    && !intent.name().equals("cancel");
            assertThat(labels.has(intent.name())).as(intent.name()).isEqualTo(request);
        }
        assertThat(labels.label("activity.search", "ja")).hasValue("活動を探す");
        assertThat(labels.label("activity.search", "en")).hasValue("Find activities");
    }

    @Test
    void aLanguageNotWrittenFallsBackToJapanese(@TempDir Path dir) throws IOException {
        Path file = write(dir, "    label: 活動を探す\n");

        assertThat(IntentLabels.load(file).label("activity.search", "ja-easy")).hasValue("活動を探す");
        assertThat(IntentLabels.load(file).label("help", "ja")).isEmpty();
    }

    @Test
    void aWrongLabelStopsTheStartWithEveryProblemListed(@TempDir Path dir) throws IOException {
        Path file = write(dir, "    label: {en: Find, fr: Chercher}\n");

        assertThatThrownBy(() -> IntentLabels.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a Japanese text").hasMessageContaining("unknown language 'fr'");
        Path tooLong = write(dir, "    label: ボランティアやイベントや講座をまとめて探す\n");
        assertThatThrownBy(() -> IntentLabels.load(tooLong)).hasMessageContaining("1 to 20 characters");
    }

    private static Path write(Path dir, String label) throws IOException {
        return Files.writeString(dir.resolve("intents.yml"), """
                intents:
                  - name: activity.search
                %s    phrases: [ボランティアを探しています]
                  - name: fallback
                    phrases: [天気は？]
                """.formatted(label));
    }
}
