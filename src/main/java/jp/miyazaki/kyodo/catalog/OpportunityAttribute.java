package jp.miyazaki.kyodo.catalog;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.miyazaki.kyodo.label.Labelled;
import jp.miyazaki.kyodo.label.LabelledJson;

/**
 * What makes an opportunity easy to join for someone with a need: a closed set that staff tick. Ids are the stable
 * names of the admin API and of the need vocabulary ({@code needs} in {@code dialogs/entities.yml}); labels
 * ({@code catalog.opportunity-attribute.*} in {@code dialogs/messages/catalog.yml}) are the console's (citizens read
 * the shorter card marks, {@code catalog.mark-*}).
 */
public enum OpportunityAttribute implements LabelledJson {
    CHILDREN_WELCOME, BEGINNERS, LIGHT_WORK, WHEELCHAIR, INDOORS, ONLINE;

    public static Optional<OpportunityAttribute> parse(String text) {
        return Labelled.parse(OpportunityAttribute.class, text);
    }

    /**
     * Whether every one of {@code names} (ids, enum names or labels, as the admin API and the console's checkboxes
     * send them) is an attribute; the check both of them make. None at all is fine.
     */
    public static boolean allKnown(Collection<String> names) {
        return names == null || names.stream().allMatch(name -> parse(name).isPresent());
    }

    /** The attributes {@code names} name (see {@link #allKnown}); none for null. */
    public static Set<OpportunityAttribute> of(Collection<String> names) {
        if (names == null) {
            return Set.of();
        }
        return names.stream().map(name -> parse(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown attribute: " + name))).collect(Collectors.toUnmodifiableSet());
    }
}
