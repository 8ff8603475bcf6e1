package jp.miyazaki.kyodo.group;

import java.util.List;
import java.util.Objects;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Translations;

/**
 * A citizens' group as the public may see it: only what the group agreed to publish, so {@code contact} is the
 * group's public contact (an office phone, a shared e-mail), never a member's own. {@code sample} marks
 * demonstration data. {@code translations} hold staff's English name ({@code title}) and description; groups stored
 * before read as having none.
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
        boolean sample,
        Translations translations) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        districts = districts == null ? List.of() : List.copyOf(districts);
        categories = categories == null ? List.of() : List.copyOf(categories);
        description = description == null ? "" : description;
        howToJoin = howToJoin == null ? "" : howToJoin;
        contact = contact == null ? "" : contact;
        translations = translations == null ? Translations.NONE : translations;
    }

    /** A group without translations. */
    public Group(String id, String name, GroupKind kind, List<String> districts, List<Category> categories,
            String description, String howToJoin, String contact, boolean sample) {
        this(id, name, kind, districts, categories, description, howToJoin, contact, sample, Translations.NONE);
    }

    /** This group with another id (a new group gets its id when saved). */
    public Group withId(String newId) {
        return new Group(newId, name, kind, districts, categories, description, howToJoin, contact, sample,
                translations);
    }
}
