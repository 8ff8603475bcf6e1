package jp.miyazaki.kyodo.nlu;

/** One morpheme as Kuromoji found it; {@code baseForm} is the dictionary form (lemma). */
public record Token(String surface, String baseForm, String reading, String partOfSpeech) {
}
