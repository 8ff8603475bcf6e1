package jp.miyazaki.kyodo.group;

import java.util.function.Function;

/**
 * Tells a group's linked leaders something by LINE push, each in their language; answers how many of them it reached.
 */
@FunctionalInterface
public interface LeaderMessages {

    /**
     * @param groupId the group whose leaders are told
     * @param text    what they read, in a language ({@code ja}, {@code en}, {@code ja-easy})
     * @param once    what makes this message unique (e.g. {@code join J00012}): sending it again reaches no one twice
     */
    int tell(String groupId, Function<String, String> text, String once);
}
