package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.testsupport.FormValidation;


/**
 * The staff account form keeps the API's rules (lower-case username, password of 12 or more, admin or staff) with
 * Japanese messages next to each field.
 */
class StaffFormTests {

    private static final Validator VALIDATOR = FormValidation.validator();

    @Test
    void aValidAccountAndItsRole() {
        StaffForm form = new StaffForm("tanaka.h", "twelve chars", "admin", "環境保全課");

        assertThat(VALIDATOR.validate(form)).isEmpty();
        assertThat(form.staffRole()).isEqualTo(StaffRole.ADMIN);
    }

    @Test
    void japaneseMessagesForEachWrongField() {
        assertThat(messages(new StaffForm("Tanaka", "short pass", "owner", "環境保全課"))).containsExactlyInAnyOrder(
                "半角の英小文字・数字・「.」「_」「-」で3〜32文字にしてください", "パスワードは12文字以上128文字以内にしてください",
                "役割を一覧から選んでください");
        assertThat(messages(new StaffForm("", "", "", ""))).containsExactlyInAnyOrder("ユーザー名を入力してください",
                "パスワードを入力してください", "パスワードは12文字以上128文字以内にしてください", "役割を選んでください",
                "部署を選んでください");
    }

    private static List<String> messages(StaffForm form) {
        return VALIDATOR.validate(form).stream().map(ConstraintViolation::getMessage).toList();
    }
}
