package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names from several sources (the catalog's, the groups'), joined per kind. A kind's joined list is made again only
 * when a source hands out a different list, so the spotters, which prepare a list once, keep theirs.
 */
final class CombinedNames implements KnownNames {

    private final List<KnownNames> sources;
    private final Map<NameKind, Joined> joined = new EnumMap<>(NameKind.class);

    CombinedNames(List<KnownNames> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public synchronized List<String> named(NameKind kind) {
        List<List<String>> parts = sources.stream().map(source -> source.named(kind)).toList();
        Joined known = joined.get(kind);
        if (known != null && sameLists(known.parts(), parts)) {
            return known.names();
        }
        List<String> names = new ArrayList<>();
        parts.forEach(names::addAll);
        Joined fresh = new Joined(parts, List.copyOf(names));
        joined.put(kind, fresh);
        return fresh.names();
    }

    private static boolean sameLists(List<List<String>> a, List<List<String>> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private record Joined(List<List<String>> parts, List<String> names) {
    }
}
