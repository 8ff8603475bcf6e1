package jp.miyazaki.kyodo.catalog.console;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.catalog.TranslatedText;
import jp.miyazaki.kyodo.catalog.Translations;

/**
 * The grant form as staff fill it in: the same rules as {@code /api/admin/grants}, messages in Japanese next to the
 * fields, categories by id, eligible groups and required documents one per line, and the owning department (blank:
 * the staff member's own on create, unchanged on edit), and the optional English name and purpose.
 */
public record GrantForm(
        @NotBlank(message = "名称を入力してください") @Size(max = 100, message = "名称は100文字以内にしてください")
        String name,
        @Size(max = 2000, message = "目的は2000文字以内にしてください") String purpose,
        List<String> categories,
        @Size(max = 1000, message = "対象団体は1000文字以内にしてください") String eligibleGroups,
        @Size(max = 100, message = "金額は100文字以内にしてください") String amount,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate applicationOpens,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate applicationCloses,
        @NotNull(message = "締切日を入力してください") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
        @Size(max = 1000, message = "必要書類は1000文字以内にしてください") String requiredDocuments,
        @Size(max = 200, message = "問い合わせ先は200文字以内にしてください") String contact,
        @Pattern(regexp = "|https?://\\S+", message = "URLは http:// または https:// で始めてください") String url,
        @Size(max = 40, message = "部署を一覧から選んでください") String department,
        @Size(max = TranslatedText.TITLE_MAX, message = "英語の名称は100文字以内にしてください") String englishName,
        @Size(max = TranslatedText.DESCRIPTION_MAX, message = "英語の目的・内容は2000文字以内にしてください")
        String englishPurpose) {

    /** A form without English texts. */
    public GrantForm(String name, String purpose, List<String> categories, String eligibleGroups, String amount,
            LocalDate applicationOpens, LocalDate applicationCloses, LocalDate deadline, String requiredDocuments,
            String contact, String url, String department) {
        this(name, purpose, categories, eligibleGroups, amount, applicationOpens, applicationCloses, deadline,
                requiredDocuments, contact, url, department, "", "");
    }

    static GrantForm blank(String department) {
        return new GrantForm("", "", List.of(), "", "", null, null, null, "", "", "", department);
    }

    static GrantForm of(Grant g) {
        return new GrantForm(g.name(), g.purpose(), g.categories().stream().map(Category::id).toList(),
                CatalogText.lines(g.eligibleGroups()), g.amount(), g.applicationOpens(),
                g.applicationCloses().equals(g.deadline()) ? null : g.applicationCloses(), g.deadline(),
                CatalogText.lines(g.requiredDocuments()), g.contact(), g.url(), g.department(),
                CatalogText.english(g.translations(), TranslatedText::title),
                CatalogText.english(g.translations(), TranslatedText::description));
    }

    @AssertTrue(message = "締切日は受付開始日より後にしてください")
    public boolean isDeadlineAfterOpening() {
        return applicationOpens == null || deadline == null || !deadline.isBefore(applicationOpens);
    }

    @AssertTrue(message = "受付終了日は受付開始日から締切日までの間にしてください")
    public boolean isClosingWithinWindow() {
        return applicationCloses == null
                || (applicationOpens == null || !applicationCloses.isBefore(applicationOpens))
                && (deadline == null || !applicationCloses.isAfter(deadline));
    }

    @AssertTrue(message = "分野を一覧から選んでください")
    public boolean isKnownCategories() {
        return categories == null || categories.stream().allMatch(c -> Category.parse(c).isPresent());
    }

    /** The grant with this form's fields; {@code sample} stays as it was (demonstration data stays marked). */
    Grant toGrant(String id, boolean sample) {
        List<Category> parsed = categories == null ? List.of()
                : categories.stream().map(c -> Category.parse(c).orElseThrow()).distinct().toList();
        return new Grant(id, name.strip(), CatalogText.blankToNull(purpose), parsed,
                CatalogText.lines(eligibleGroups), CatalogText.blankToNull(amount), applicationOpens,
                applicationCloses, deadline, CatalogText.lines(requiredDocuments), CatalogText.blankToNull(contact),
                CatalogText.blankToNull(url), sample, CatalogText.blankToNull(department),
                Translations.english(new TranslatedText(englishName, englishPurpose)));
    }
}
