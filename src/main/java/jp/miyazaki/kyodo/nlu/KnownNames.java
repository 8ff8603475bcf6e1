package jp.miyazaki.kyodo.nlu;

import java.util.List;

/**
 * Proper names citizens may mention — opportunity titles, grant, facility and group names — supplied from outside
 * the NLU (the catalog, the groups), so understanding can name what a message is about without knowing where names
 * are kept.
 * Each list stays the same object until the names change (the spotters prepare a list once).
 */
public interface KnownNames {

    KnownNames NONE = new KnownNames() {
        @Override
        public List<String> opportunities() {
            return List.of();
        }

        @Override
        public List<String> grants() {
            return List.of();
        }
    };

    List<String> opportunities();

    List<String> grants();

    default List<String> facilities() {
        return List.of();
    }

    default List<String> groups() {
        return List.of();
    }

    default List<String> named(NameKind kind) {
        return switch (kind) {
            case OPPORTUNITY -> opportunities();
            case GRANT -> grants();
            case FACILITY -> facilities();
            case GROUP -> groups();
        };
    }

    /** The names of all {@code sources}; each kind's list stays the same object while its sources' lists do. */
    static KnownNames combined(List<KnownNames> sources) {
        return sources.isEmpty() ? NONE : sources.size() == 1 ? sources.get(0) : new CombinedNames(sources);
    }
}
