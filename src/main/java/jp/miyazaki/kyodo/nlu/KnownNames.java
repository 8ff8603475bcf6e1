package jp.miyazaki.kyodo.nlu;

import java.util.List;

/**
 * Proper names citizens may mention — opportunity titles, grant, facility and group names — supplied from outside
 * the NLU (the catalog, the groups), so understanding can name what a message is about without knowing where names
 * are kept. Each kind's list stays the same object until the names change (the spotters prepare a list once).
 */
@FunctionalInterface
public interface KnownNames {

    KnownNames NONE = kind -> List.of();

    /** The names of that kind. */
    List<String> named(NameKind kind);

    /** The names of all {@code sources}; each kind's list stays the same object while its sources' lists do. */
    static KnownNames combined(List<KnownNames> sources) {
        return sources.isEmpty() ? NONE : sources.size() == 1 ? sources.get(0) : new CombinedNames(sources);
    }
}
