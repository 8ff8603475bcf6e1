package jp.miyazaki.kyodo.nlu;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before a message is stored for review: e-mail addresses, phone numbers, street numbers and
 * the words Kuromoji tags as personal names (a citizen answering "お名前は?" writes one). Works on the NFKC form,
 * so full-width digits (０９０…) and ＠ are caught too, and errs on the side of hiding too much.
 */
public final class PersonalDataMask {

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
    /** What is written in place of each kind of personal data ({@code masks} of {@code lexicon.yml}). */
    private final Lexicon.Masks masks;

    /** With the stand-ins of the shipped {@code dialogs/lexicon.yml}. */
    public PersonalDataMask(MorphologicalAnalyzer analyzer) {
        this(analyzer, Lexicon.shipped());
    }

    public PersonalDataMask(MorphologicalAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.masks = lexicon.masks();
    }

    public String mask(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String masked = EMAIL_ADDRESS.matcher(folded).replaceAll(Matcher.quoteReplacement(masks.email()));
        masked = PHONE_NUMBER.matcher(masked).replaceAll(Matcher.quoteReplacement(masks.phone()));
        masked = STREET.matcher(masked).replaceAll(Matcher.quoteReplacement(masks.streetNumber()));
        return maskNames(masked);
    }

    /** Replaces person-name tokens in place, keeping the punctuation and spaces the tokenizer drops. */
    private String maskNames(String text) {
        String stand = masks.name();
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
            } else if (out.length() < stand.length() || !out.substring(out.length() - stand.length()).equals(stand)) {
                out.append(stand);
            }
            position = at + token.surface().length();
        }
        return out.append(text, position, text.length()).toString();
    }
}
