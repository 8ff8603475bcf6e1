package jp.miyazaki.kyodo.signup;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.miyazaki.kyodo.shared.CityTime;
/**
 * Sign-ups of an opportunity as CSV for staff, the same from the console and the admin API: UTF-8 with a byte
 * order mark (without it Excel reads Japanese as Shift_JIS), CRLF line ends, Japanese headers, every field
 * quoted, and no LINE user id.
 */
public final class SignUpsCsv {

    public static final String HEADER = "受付番号,氏名,連絡先,人数,状態,申込日時";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CityTime.ZONE);

    private SignUpsCsv() {
    }

    public static byte[] of(List<SignUp> signUps) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SignUp signUp : signUps) {
            csv.append(String.join(",", quoted(signUp.reference()), quoted(signUp.name()), quoted(signUp.contact()),
                    quoted(Integer.toString(signUp.people())), quoted(signUp.status().label()),
                    quoted(signUp.signedUpAt() == null ? "" : WHEN.format(signUp.signedUpAt())))).append("\r\n");
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    /**
     * Quotes a field; a leading = + - @ (or tab or CR) is neutralised so a spreadsheet never runs a citizen's
     * text as a formula.
     */
    private static String quoted(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
