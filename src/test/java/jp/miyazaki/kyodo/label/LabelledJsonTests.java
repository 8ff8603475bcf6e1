package jp.miyazaki.kyodo.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.OpportunityAttribute;
import jp.miyazaki.kyodo.expert.ExpertKind;
import jp.miyazaki.kyodo.group.GroupKind;

class LabelledJsonTests {

    private final JsonMapper json = new JsonMapper();

    record Group(GroupKind kind, List<Category> categories) {
    }

    @Test
    void writesTheIdAsRedisAndTheApiHaveAlwaysStoredIt() {
        assertThat(json.writeValueAsString(new Group(GroupKind.NPO, List.of(Category.CHILDCARE))))
                .isEqualTo("{\"kind\":\"npo\",\"categories\":[\"childcare\"]}");
        assertThat(json.writeValueAsString(OpportunityAttribute.CHILDREN_WELCOME)).isEqualTo("\"children_welcome\"");
    }

    @Test
    void readsTheIdTheEnumNameTheLabelOrAnotherNameOfTheEnumAsked() {
        assertThat(json.readValue("{\"kind\":\"NPO法人\",\"categories\":[\"childcare\",\"CULTURE\",\"まちづくり\"]}",
                Group.class)).isEqualTo(new Group(GroupKind.NPO,
                        List.of(Category.CHILDCARE, Category.CULTURE, Category.COMMUNITY)));
        assertThat(json.readValue("[\"light_work\",\"車いす可\"]", new TypeReference<List<OpportunityAttribute>>() {
        })).containsExactly(OpportunityAttribute.LIGHT_WORK, OpportunityAttribute.WHEELCHAIR);
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> json.readValue("\"gardening\"", Category.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("gardening");
    }

    @Test
    void enumsWithoutJsonOfTheirOwnKeepJacksonsNames() {
        assertThat(json.writeValueAsString(ExpertKind.INDIVIDUAL)).isEqualTo("\"INDIVIDUAL\"");
        assertThat(json.readValue("\"BUSINESS\"", ExpertKind.class)).isEqualTo(ExpertKind.BUSINESS);
    }
}
