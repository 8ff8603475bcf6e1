package jp.miyazaki.kyodo.group;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;

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
        @Size(max = 200) String contact) {

    static GroupFields blank() {
        return new GroupFields("", GroupKind.CIVIC.id(), List.of(), List.of(), "", "", "");
    }

    static GroupFields of(Group g) {
        return new GroupFields(g.name(), g.kind().id(), g.districts(),
                g.categories().stream().map(Category::id).toList(), g.description(), g.howToJoin(), g.contact());
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
                howToJoin, contact, sample);
    }
}
