package jp.miyazaki.kyodo.group;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.catalog.TranslatedText;
import jp.miyazaki.kyodo.catalog.Translations;

/**
 * A group's public fields as staff write them, in the admin API's body and the console's form alike, so both
 * accept and refuse the same: kind and categories by id (or label), districts by name (stored canonical).
 */
public record GroupFields(
        @NotBlank @Size(max = 100) String name,
        @NotBlank String kind,
        List<String> districts,
        @NotEmpty(message = "分野を1つ以上選んでください") List<String> categories,
        @Size(max = 1000) String description,
        @Size(max = 500) String howToJoin,
        @Size(max = 200) String contact,
        @Schema(description = "The group's name (title) and description by language; only en (English) is "
                + "accepted, each field optional. Replaced as a whole on update; none when left out.",
                example = "{\"en\": {\"title\": \"Aoshima Beach Lovers\", \"description\": \"We clean the "
                        + "beach every month.\"}}")
        Map<String, @Valid GroupTranslation> translations) {

    /** Fields without translations. */
    public GroupFields(String name, String kind, List<String> districts, List<String> categories, String description,
            String howToJoin, String contact) {
        this(name, kind, districts, categories, description, howToJoin, contact, Map.of());
    }

    static GroupFields blank() {
        return new GroupFields("", GroupKind.CIVIC.id(), List.of(), List.of(), "", "", "");
    }

    static GroupFields of(Group g) {
        return new GroupFields(g.name(), g.kind().id(), g.districts(),
                g.categories().stream().map(Category::id).toList(), g.description(), g.howToJoin(), g.contact(),
                g.translations().byLanguage().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> new GroupTranslation(entry.getValue().title(), entry.getValue().description()))));
    }

    /** A group's name and description in another language; each optional. */
    public record GroupTranslation(@Size(max = 100) String title, @Size(max = 1000) String description) {
    }

    @AssertTrue(message = "translations are given for en only")
    public boolean isKnownTranslationLanguages() {
        return translations == null || Translations.LANGUAGES.containsAll(translations.keySet());
    }

    @AssertTrue(message = "種類・地域・分野を一覧から選んでください")
    public boolean isKnownChoices() {
        return (kind == null || GroupKind.parse(kind).isPresent())
                && (districts == null || districts.stream().allMatch(d -> District.canonical(d).isPresent()))
                && (categories == null || categories.stream().allMatch(c -> Category.parse(c).isPresent()));
    }

    /** The group with these fields; {@code sample} stays as it was. */
    Group toGroup(String id, boolean sample) {
        return new Group(id, name.strip(), GroupKind.parse(kind).orElseThrow(),
                districts == null ? List.of()
                        : districts.stream().map(d -> District.canonical(d).orElseThrow()).distinct().toList(),
                categories.stream().map(c -> Category.parse(c).orElseThrow()).distinct().toList(), description,
                howToJoin, contact, sample, translations == null ? Translations.NONE
                        : new Translations(translations.entrySet().stream().filter(entry -> entry.getValue() != null)
                                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new TranslatedText(
                                        entry.getValue().title(), entry.getValue().description())))));
    }
}
