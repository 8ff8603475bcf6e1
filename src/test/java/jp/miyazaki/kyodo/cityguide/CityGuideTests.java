package jp.miyazaki.kyodo.cityguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.dialog.flow.InvalidFlowsException;

class CityGuideTests {

    @TempDir
    Path dialogs;

    @Test
    void theShippedGuidePointsEveryTopicToTheCitysGeneralContactOrAPage() {
        CityGuide guide = CityGuide.load(Path.of("dialogs"));

        assertThat(guide.find("粗大ゴミの出し方").map(CityGuide.Topic::topic)).hasValue("ごみの出し方や収集日");
        assertThat(guide.find("ボランティアを探しています")).isEmpty();
        assertThat(guide.topics()).allSatisfy(topic -> assertThat(topic.contact().phone())
                .isIn("", "0985-25-2111"));
    }

    @Test
    void aWrongFileStopsTheStartNamingEveryProblem() throws IOException {
        Files.writeString(dialogs.resolve(CityGuide.FILE), """
                contacts:
                  city: {name: 市役所, phone: 25-2111}
                  web: {name: 市のページ, page: http://example.jp/}
                topics:
                  - {topic: ごみ, words: [ごみ], contact: nowhere}
                  - {topic: 税, words: []}
                """);

        assertThatThrownBy(() -> CityGuide.load(dialogs)).isInstanceOf(InvalidFlowsException.class)
                .hasMessageContaining("contact 'city': the phone must read like 0985-25-2111")
                .hasMessageContaining("contact 'web': the page must be an https:// address")
                .hasMessageContaining("topic 'ごみ': unknown contact 'nowhere'")
                .hasMessageContaining("topic '税' needs a topic name and words");
    }

    @Test
    void aMissingFileStopsTheStart() {
        assertThatThrownBy(() -> CityGuide.load(dialogs)).hasMessageContaining("city-guide.yml");
    }
}
