package jp.miyazaki.kyodo.link;

import java.util.Objects;
import java.util.Optional;

/** What a LINE account can be linked to: a kind ({@code group}, {@code expert}) and that thing's id. */
public record LinkTarget(String kind, String id) {

    public LinkTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.isBlank() || kind.contains("|") || id.isBlank()) {
            throw new IllegalArgumentException("a link target needs a kind and an id");
        }
    }

    /** The form stored in Redis. */
    String stored() {
        return kind + "|" + id;
    }

    static Optional<LinkTarget> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        int bar = stored.indexOf('|');
        if (bar <= 0 || bar == stored.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new LinkTarget(stored.substring(0, bar), stored.substring(bar + 1)));
    }
}
