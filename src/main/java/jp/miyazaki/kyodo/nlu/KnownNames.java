package jp.miyazaki.kyodo.nlu;

import java.util.List;

/**
 * Proper names citizens may mention — opportunity titles and grant names — supplied from outside the NLU (the
 * catalog), so understanding can name what a message is about without knowing where names are kept.
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
}
