package jp.miyazaki.kyodo.nlu;

import java.text.Normalizer;
import java.util.List;

/**
 * Brings the many ways citizens type the same words to one form before tokenising and matching:
 * NFKC width folding (half-width katakana, full-width digits and letters), emoji removed, long-vowel marks
 * and kana iteration marks made regular, and kanji numerals turned into digits where they count days or months.
 */
public final class TextNormalizer {

    private static final String KANJI_DIGITS = "〇一二三四五六七八九";
    private static final String LONG_VOWEL_LOOKALIKES = "ー－-−‐―〜~～";

    /** The counters numerals become digits before ({@code date_counters} of {@code lexicon.yml}) and exceptions. */
    private final List<String> dateCounters;
    private final List<String> notDateCounters;

    /** With the shipped {@code dialogs/lexicon.yml}. */
    public TextNormalizer() {
        this(Lexicon.shipped());
    }

    public TextNormalizer(Lexicon lexicon) {
        this.dateCounters = lexicon.dateCounters();
        this.notDateCounters = lexicon.notDateCounters();
    }

    public String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isDecoration(cp)) {
                continue;
            }
            char last = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
            if (cp < 0x80 && Character.isUpperCase(cp)) {
                out.append((char) Character.toLowerCase(cp));
            } else if (LONG_VOWEL_LOOKALIKES.indexOf(cp) >= 0 && isKana(last)) {
                if (last != 'ー') {
                    out.append('ー');
                }
            } else if (cp == 'ゝ' || cp == 'ヽ') {
                out.append(last == 0 ? (char) cp : last);
            } else if (cp == 'ゞ' || cp == 'ヾ') {
                out.append(last == 0 ? (char) cp : voiced(last));
            } else if (Character.isWhitespace(cp)) {
                if (!out.isEmpty() && last != ' ') {
                    out.append(' ');
                }
            } else if ((cp == '!' || cp == '?' || cp == 'っ' || cp == 'ッ') && last == cp) {
                continue;
            } else {
                out.appendCodePoint(cp);
            }
        }
        return kanjiNumeralsToDigits(out.toString().strip());
    }

    /** Hiragana folded to katakana, so that ぼらんてぃあ and ボランティア match the same vocabulary. */
    public static String foldKana(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'ぁ' && chars[i] <= 'ゖ') {
                chars[i] = (char) (chars[i] + 0x60);
            }
        }
        return new String(chars);
    }

    static boolean isKana(char c) {
        return (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ') || c == 'ー';
    }

    private static boolean isDecoration(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    private static char voiced(char c) {
        String voiced = Normalizer.normalize(c + "\u3099", Normalizer.Form.NFC);
        return voiced.length() == 1 ? voiced.charAt(0) : c;
    }

    /**
     * Only numerals that count months, days or weeks become digits (十二月二十日 → 12月20日, 三日後 → 3日後);
     * words such as 一緒, 一人 or 一番 keep their kanji because there the numeral is part of the word.
     */
    String kanjiNumeralsToDigits(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isKanjiNumeral(text.charAt(end))) {
                end++;
            }
            if (end > i && end < text.length() && countsDate(text, end) && !afterOtherKanji(text, i)) {
                long value = kanjiValue(text.substring(i, end));
                if (value >= 0) {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    out.append(value);
                    i = end;
                    continue;
                }
            }
            int next = Math.max(end, i + 1);
            if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private boolean countsDate(String text, int at) {
        return startsWithAny(text, at, dateCounters) && !startsWithAny(text, at, notDateCounters);
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterOtherKanji(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        boolean kanji = Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN;
        return kanji && before != '月' && before != '年' && before != '来' && before != '今';
    }

    private static boolean isKanjiNumeral(char c) {
        return KANJI_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百';
    }

    /** Value of a kanji numeral up to 999 (positional 二〇 or with 十/百), or -1 if it is not one. */
    private static long kanjiValue(String numeral) {
        if (numeral.indexOf('十') < 0 && numeral.indexOf('百') < 0) {
            long value = 0;
            for (char c : numeral.toCharArray()) {
                value = value * 10 + KANJI_DIGITS.indexOf(c);
            }
            return value;
        }
        long total = 0;
        long digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = KANJI_DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return -1;
                }
                digit = d;
            } else {
                total += (digit < 0 ? 1 : digit) * (c == '十' ? 10 : 100);
                digit = -1;
            }
        }
        return total + Math.max(digit, 0);
    }
}
