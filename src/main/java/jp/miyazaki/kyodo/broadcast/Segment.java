package jp.miyazaki.kyodo.broadcast;

import java.util.Set;

/**
 * Who a notice is for: citizens who asked for notices on any of {@code categories} in any of {@code districts}.
 * An empty set does not narrow: an empty segment means everyone who accepted notices.
 */
public record Segment(Set<String> categories, Set<String> districts) {

    public static final Segment EVERYONE = new Segment(Set.of(), Set.of());

    public Segment {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
    }
}
