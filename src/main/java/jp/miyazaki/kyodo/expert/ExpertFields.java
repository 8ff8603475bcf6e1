package jp.miyazaki.kyodo.expert;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import jp.miyazaki.kyodo.consultation.Expertise;

/**
 * An expert as staff enter it, in the admin API's body and the console's form alike, so both accept and refuse
 * the same. {@code kind} and {@code fields} by id (or label); {@code districts}: district names (中央 = 中央東 and
 * 中央西) or 市内全域, none meaning the whole city; an unknown district is refused by {@link ExpertChanges}.
 * {@code staffContact} is for staff only; {@code publicContact} may be given to citizens.
 */
public record ExpertFields(
        @NotBlank(message = NAME) @Size(max = 80, message = NAME) String name,
        String kind,
        @NotEmpty(message = FIELDS) @Size(max = 6, message = FIELDS) List<String> fields,
        @Size(max = 22, message = "地域は一覧から選んでください。") List<String> districts,
        @Size(max = 300, message = "紹介文は300文字以内で入力してください。") String profile,
        @Size(max = 200, message = "公開する連絡先は200文字以内で入力してください。") String publicContact,
        @Size(max = 300, message = "職員用の連絡先は300文字以内で入力してください。") String staffContact) {

    private static final String NAME = "名前を80文字以内で入力してください。";
    private static final String FIELDS = "対応できる分野を1つ以上選んでください。";

    static ExpertFields blank() {
        return new ExpertFields("", ExpertKind.INDIVIDUAL.id(), List.of(), List.of(Expert.CITYWIDE), "", "", "");
    }

    static ExpertFields of(Expert e) {
        return new ExpertFields(e.name(), e.kind().id(), e.fields().stream().map(Expertise::id).toList(),
                e.districts(), e.profile(), e.publicContact(), e.staffContact());
    }

    @AssertTrue(message = "種類を選んでください。")
    public boolean isKnownKind() {
        return ExpertKind.parse(kind).isPresent();
    }

    @AssertTrue(message = FIELDS)
    public boolean isKnownFields() {
        return fields == null || fields.stream().allMatch(f -> Expertise.parse(f).isPresent());
    }

    public boolean hasField(String id) {
        return fields != null && fields.contains(id);
    }

    public boolean hasDistrict(String district) {
        return districts != null && districts.contains(district);
    }

    /** The expert with these fields and the districts {@link ExpertChanges} resolved. */
    Expert toExpert(String id, List<String> covered, boolean sample) {
        return new Expert(id, name.strip(), ExpertKind.parse(kind).orElseThrow(),
                fields.stream().distinct().map(f -> Expertise.parse(f).orElseThrow()).toList(), covered,
                strip(profile), strip(publicContact), strip(staffContact), sample);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
