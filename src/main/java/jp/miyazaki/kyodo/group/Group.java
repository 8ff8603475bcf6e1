package jp.miyazaki.kyodo.group;

import java.util.List;
import java.util.Objects;

import jp.miyazaki.kyodo.catalog.Category;

/**
 * A citizens' group as the public may see it: only what the group agreed to publish, so {@code contact} is the
 * group's public contact (an office phone, a shared e-mail), never a member's own. {@code sample} marks
 * demonstration data.
 */
public record Group(
        String id,
        String name,
        GroupKind kind,
        List<String> districts,
        List<Category> categories,
        String description,
        String howToJoin,
        String contact,
        boolean sample) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        districts = districts == null ? List.of() : List.copyOf(districts);
        categories = categories == null ? List.of() : List.copyOf(categories);
        description = description == null ? "" : description;
        howToJoin = howToJoin == null ? "" : howToJoin;
        contact = contact == null ? "" : contact;
    }

    /** This group with another id (a new group gets its id when saved). */
    public Group withId(String newId) {
        return new Group(newId, name, kind, districts, categories, description, howToJoin, contact, sample);
    }
}
