package jp.miyazaki.kyodo.nlu;

/**
 * City matters another desk answers (ごみ, 住民票, バス …), supplied from outside the NLU: a message about one of them
 * is not guessed to be a search because it also names a district or a topic (「佐土原の方を走るコミュニティバス」).
 */
@FunctionalInterface
public interface MattersElsewhere {

    MattersElsewhere NONE = message -> false;

    /** Whether the message is about a matter another desk answers. */
    boolean named(String message);
}
