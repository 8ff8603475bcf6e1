package jp.miyazaki.kyodo.nlu;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Masks personal data before a message is stored for review: e-mail addresses, phone numbers, street numbers and
 * the words Kuromoji tags as personal names (a citizen answering "お名前は?" writes one). Works on the NFKC form,
 * so full-width digits (０９０…) and ＠ are caught too, and errs on the side of hiding too much.
 */
public final class PersonalDataMask {

    static final String PHONE = "[電話番号]";
    static final String EMAIL = "[メールアドレス]";
    static final String STREET_NUMBER = "[番地]";
    static final String NAME = "[氏名]";

    private static final String PERSON_NAME = "名詞-固有名詞-人名";
    private static final Pattern EMAIL_ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");
    private static final String SEPARATOR = "[\\s\\-‐−―ー()]{0,2}";
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?:\\+81" + SEPARATOR + "|(?<!\\d)0)\\d{1,4}" + SEPARATOR + "\\d{1,4}" + SEPARATOR + "\\d{3,4}(?!\\d)"
                    + "|(?<!\\d)\\d{7,}(?!\\d)");
    private static final Pattern STREET = Pattern.compile(
            "\\d+丁目(?:\\d+番地?)?(?:\\d+号?)?|(?<![\\d/])\\d{1,4}[\\-‐−―ー]\\d{1,4}(?:[\\-‐−―ー]\\d{1,4})?(?![\\d/])");

    private final MorphologicalAnalyzer analyzer;

    public PersonalDataMask(MorphologicalAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public String mask(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String masked = EMAIL_ADDRESS.matcher(folded).replaceAll(EMAIL);
        masked = PHONE_NUMBER.matcher(masked).replaceAll(PHONE);
        masked = STREET.matcher(masked).replaceAll(STREET_NUMBER);
        return maskNames(masked);
    }

    /** Replaces person-name tokens in place, keeping the punctuation and spaces the tokenizer drops. */
    private String maskNames(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (Token token : analyzer.tokenize(text)) {
            int at = text.indexOf(token.surface(), position);
            if (at < 0) {
                continue;
            }
            out.append(text, position, at);
            boolean name = token.partOfSpeech() != null && token.partOfSpeech().startsWith(PERSON_NAME);
            if (!name) {
                out.append(token.surface());
            } else if (out.length() < NAME.length() || !out.substring(out.length() - NAME.length()).equals(NAME)) {
                out.append(NAME);
            }
            position = at + token.surface().length();
        }
        return out.append(text, position, text.length()).toString();
    }
}
