package jp.miyazaki.kyodo.expert;

import java.util.List;
import java.util.Objects;

import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.consultation.Expertise;

/**
 * An expert or supporting business staff can introduce to a group.
 *
 * @param id            EXP-1, EXP-2, …
 * @param fields        what they help with
 * @param districts     the district names they cover, or just {@value #CITYWIDE}
 * @param profile       a short public introduction, sent to the citizen they are introduced to
 * @param publicContact a contact they agree to give citizens (office phone, web site); may be empty
 * @param staffContact  how staff reach them; never sent to citizens
 * @param sample        part of the fictional sample data
 */
public record Expert(String id, String name, ExpertKind kind, List<Expertise> fields, List<String> districts,
        String profile, String publicContact, String staffContact, boolean sample) {

    public static final String CITYWIDE = "市内全域";

    public Expert {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        districts = districts == null || districts.isEmpty() || districts.contains(CITYWIDE) ? List.of(CITYWIDE)
                : List.copyOf(districts);
        profile = profile == null ? "" : profile;
        publicContact = publicContact == null ? "" : publicContact;
        staffContact = staffContact == null ? "" : staffContact;
    }

    public boolean covers(Expertise field) {
        return fields.contains(field);
    }

    public boolean coversWholeCity() {
        return districts.contains(CITYWIDE);
    }

    /** Whether they named the district (中央 counts as 中央東 and 中央西) among those they cover. */
    public boolean namesDistrict(String district) {
        return District.area(district).stream().anyMatch(districts::contains);
    }

    public Expert withId(String newId) {
        return new Expert(newId, name, kind, fields, districts, profile, publicContact, staffContact, sample);
    }

    /** 会計・税務、デザイン */
    public String fieldLabels() {
        return String.join("、", fields.stream().map(Expertise::label).toList());
    }

    /** 清武、田野 or 市内全域 */
    public String districtLabels() {
        return String.join("、", districts);
    }
}
