package jp.miyazaki.kyodo.link;

import java.util.Optional;

/**
 * Implemented by a feature whose things can be linked (groups, experts), so the bot can tell the person what
 * their account is now linked to and what they can do next.
 */
public interface LinkTargetNames {

    /** The kind this feature owns, e.g. {@code group}. */
    String kind();

    /** The display name of the thing with this id, if it still exists. */
    Optional<String> nameOf(String id);

    /**
     * What the bot says in {@code language} once an account is linked to the thing called {@code name}, where the
     * feature says more than the general sentence ({@code link.linked}).
     */
    default Optional<String> linkedText(String name, String language) {
        return Optional.empty();
    }
}
