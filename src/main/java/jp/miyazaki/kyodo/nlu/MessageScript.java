package jp.miyazaki.kyodo.nlu;

/**
 * What a message's script says about its language, before any model reads it: the reply's language
 * ({@code CitizenLanguage}) and the model that reads the message ({@link BilingualUnderstanding}) follow the same rule.
 */
public final class MessageScript {

    private static final int MIN_WORDS = 2;

    private MessageScript() {
    }

    /**
     * Whether the message is written in Latin script: no kana or kanji, at least two words, and mostly ASCII
     * letters. One word ("Taro", an e-mail address, a code) says too little to change the reply's language.
     */
    public static boolean isLatin(String text) {
        int letters = 0;
        int others = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN) {
                return false;
            }
            if (c < 128 && Character.isLetter(c)) {
                letters++;
            } else if (!Character.isWhitespace(c)) {
                others++;
            }
        }
        long words = text.trim().split("\\s+").length;
        return words >= MIN_WORDS && letters > 2 * others;
    }
}
