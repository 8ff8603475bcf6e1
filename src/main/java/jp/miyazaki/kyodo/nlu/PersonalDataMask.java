package jp.miyazaki.kyodo.nlu;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Masks phone numbers and e-mail addresses before a message is stored. Works on the NFKC form, so full-width
 * digits (０９０…) and ＠ are caught too; long digit runs are masked even without a leading 0, erring on the side
 * of hiding too much.
 */
public final class PersonalDataMask {

    static final String PHONE = "[電話番号]";
    static final String EMAIL = "[メールアドレス]";

    private static final Pattern EMAIL_ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");
    private static final String SEPARATOR = "[\\s\\-‐−―ー()]{0,2}";
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?:\\+81" + SEPARATOR + "|(?<!\\d)0)\\d{1,4}" + SEPARATOR + "\\d{1,4}" + SEPARATOR + "\\d{3,4}(?!\\d)"
                    + "|(?<!\\d)\\d{7,}(?!\\d)");

    public String mask(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String withoutEmail = EMAIL_ADDRESS.matcher(folded).replaceAll(EMAIL);
        return PHONE_NUMBER.matcher(withoutEmail).replaceAll(PHONE);
    }
}
