package jp.miyazaki.kyodo.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/**
 * A new staff account as an admin fills it in: the same rules as {@code POST /api/admin/staff}, with messages in
 * Japanese next to each field. The department must also be a configured one (checked by the controller). The page
 * never renders the password back.
 */
public record StaffForm(
        @NotBlank(message = "ユーザー名を入力してください")
        @Pattern(regexp = "|[a-z0-9._-]{3,32}", message = "半角の英小文字・数字・「.」「_」「-」で3〜32文字にしてください")
        String username,
        @NotBlank(message = "パスワードを入力してください")
        @Size(min = 12, max = 128, message = "パスワードは12文字以上128文字以内にしてください")
        @NotGuessable(message = "よく使われるパスワードや推測しやすいパスワードは使えません") String password,
        @NotBlank(message = "役割を選んでください")
        @Pattern(regexp = "|admin|staff", message = "役割を一覧から選んでください") String role,
        @NotBlank(message = "部署を選んでください") @Size(max = 40, message = "部署を一覧から選んでください")
        String department) {

    /** An empty form: a staff member (not an admin) of the admin's own department. */
    static StaffForm blank(String department) {
        return new StaffForm("", "", StaffRole.STAFF.id(), department);
    }

    /** The role picked; only call on a valid form. */
    StaffRole staffRole() {
        return StaffRole.of(role).orElseThrow();
    }
}
