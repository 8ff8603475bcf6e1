package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.signup.SignUp;
import jp.miyazaki.kyodo.signup.SignUpStatus;

/** The CSV opens in Excel in Japanese and never runs a formula a citizen typed. */
class SignUpsCsvTests {

    @Test
    void startsWithABomThenJapaneseHeadersAndQuotedRowsInTokyoTime() {
        byte[] csv = SignUpsCsv.of(List.of(new SignUp("S00001", "opp-001", "U1", "宮崎 \"はな\" 花子",
                "090-1234-5678", 2, SignUpStatus.WAITLISTED, Instant.parse("2026-12-01T03:05:00Z"))));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "受付番号,氏名,連絡先,人数,状態,申込日時\r\n"
                        + "\"S00001\",\"宮崎 \"\"はな\"\" 花子\",\"090-1234-5678\",\"2\",\"キャンセル待ち\","
                        + "\"2026-12-01 12:05\"\r\n");
    }

    @Test
    void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        byte[] csv = SignUpsCsv.of(List.of(new SignUp("S00002", "opp-001", "U2", "=HYPERLINK(\"x\")", "@x", 1,
                SignUpStatus.CONFIRMED, null)));

        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"x\"\")\",\"'@x\"");
    }
}
