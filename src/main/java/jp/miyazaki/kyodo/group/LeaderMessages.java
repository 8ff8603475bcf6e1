package jp.miyazaki.kyodo.group;

/** Tells a group's linked leaders something by LINE push; answers how many of them it reached. */
@FunctionalInterface
public interface LeaderMessages {

    /**
     * @param groupId the group whose leaders are told
     * @param text    what they read
     * @param once    what makes this message unique (e.g. {@code join J00012}): sending it again reaches no one twice
     */
    int tell(String groupId, String text, String once);
}
