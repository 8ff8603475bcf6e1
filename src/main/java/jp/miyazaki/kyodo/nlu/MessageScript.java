package jp.miyazaki.kyodo.nlu;

import java.util.regex.Pattern;

/**
 * What a message's script says about its language, before any model reads it: the reply's language
 * ({@code CitizenLanguage}) and the model that reads the message ({@link BilingualUnderstanding}) follow the same rule.
 */
public final class MessageScript {

    private static final int MIN_WORDS = 2;
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][a-z]{2,}[?!.]*");

    private MessageScript() {
    }

    /**
     * Whether the message is written in Latin script: no kana or kanji, at least two words, and mostly ASCII
     * letters beside other characters outside ASCII; ASCII digits and punctuation count for neither, as dates and
     * times ("volunteer on 12/24 ?") are written alike in every language. One word ("Taro", an e-mail address, a
     * code) says too little to change the reply's language.
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
            } else if (c >= 128 && !Character.isWhitespace(c)) {
                others++;
            }
        }
        long words = text.trim().split("\\s+").length;
        return words >= MIN_WORDS && letters > 2 * others;
    }

    /**
     * Whether the message is one word of three ASCII letters or more and nothing else but closing punctuation
     * ("Grants?", "cancel"): too little to tell the language, but worth an English reading where the Japanese finds
     * nothing. A code, number or address is not one (a name is, and reads as fallback in English too).
     */
    public static boolean isLatinWord(String text) {
        return LATIN_WORD.matcher(text.strip()).matches();
    }
}
