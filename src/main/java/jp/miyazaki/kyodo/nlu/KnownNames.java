package jp.miyazaki.kyodo.nlu;

import java.util.List;

/**
 * Proper names citizens may mention — opportunity titles, grant names and facility names — supplied from outside
 * the NLU (the catalog), so understanding can name what a message is about without knowing where names are kept.
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

    default List<String> named(NameKind kind) {
        return switch (kind) {
            case OPPORTUNITY -> opportunities();
            case GRANT -> grants();
            case FACILITY -> facilities();
        };
    }
}
