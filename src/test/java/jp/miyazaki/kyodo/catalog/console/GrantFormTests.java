package jp.miyazaki.kyodo.catalog.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.testsupport.FormValidation;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.testsupport.FormValidation;

/** Lists are typed one per line, blanks are absent, and a window that ends before it opens is refused in Japanese. */
class GrantFormTests {

    private static final Validator VALIDATOR = FormValidation.validator();

    @Test
    void linesBecomeListsAndBlanksBecomeAbsent() {
        GrantForm form = new GrantForm(" 海岸清掃補助金 ", " ", List.of("environment", "community", "environment"),
                "自治会\r\n\n NPO法人 \n自治会", "", LocalDate.parse("2026-12-01"), null,
                LocalDate.parse("2027-01-31"), "申請書\n収支予算書\n", " ", "", "");

        Grant grant = form.toGrant("grant-x", true);

        assertThat(grant.name()).isEqualTo("海岸清掃補助金");
        assertThat(grant.purpose()).isNull();
        assertThat(grant.categories()).containsExactly(Category.ENVIRONMENT, Category.COMMUNITY);
        assertThat(grant.eligibleGroups()).containsExactly("自治会", "NPO法人");
        assertThat(grant.requiredDocuments()).containsExactly("申請書", "収支予算書");
        assertThat(grant.amount()).isNull();
        assertThat(grant.url()).isNull();
        assertThat(grant.department()).isNull();
        assertThat(grant.applicationCloses()).isEqualTo(grant.deadline());
        assertThat(grant.sample()).isTrue();
    }

    @Test
    void editingShowsWhatWasStoredAndLeavesAClosingOnTheDeadlineBlank() {
        Grant stored = new Grant("grant-1", "防災補助金", "資機材の購入", List.of(Category.DISASTER), List.of("自主防災組織"),
                "上限10万円", LocalDate.parse("2026-04-01"), null, LocalDate.parse("2026-06-30"),
                List.of("申請書", "見積書"), "危機管理課", "https://example.jp/", false, "危機管理課");

        GrantForm form = GrantForm.of(stored);

        assertThat(form.categories()).containsExactly("disaster");
        assertThat(form.requiredDocuments()).isEqualTo("申請書\n見積書");
        assertThat(form.applicationCloses()).isNull();
        assertThat(form.toGrant("grant-1", false)).isEqualTo(stored);
    }

    @Test
    void refusesADeadlineBeforeTheOpeningAClosingOutsideTheWindowAndABadAddress() {
        GrantForm backwards = new GrantForm("補助金", "", List.of("mystery"), "", "", LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), "", "", "ftp://example.jp", "");

        assertThat(messages(backwards)).containsExactlyInAnyOrder("締切日は受付開始日より後にしてください",
                "受付終了日は受付開始日から締切日までの間にしてください", "分野を一覧から選んでください",
                "URLは http:// または https:// で始めてください");
        assertThat(messages(new GrantForm("", "", null, "", "", null, null, null, "", "", "", "")))
                .containsExactlyInAnyOrder("名称を入力してください", "締切日を入力してください");
    }

    private static List<String> messages(GrantForm form) {
        Set<ConstraintViolation<GrantForm>> violations = VALIDATOR.validate(form);
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }
}
