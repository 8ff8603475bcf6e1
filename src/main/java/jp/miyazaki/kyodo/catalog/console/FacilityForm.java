package jp.miyazaki.kyodo.catalog.console;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.catalog.TranslatedText;
import jp.miyazaki.kyodo.catalog.Translations;

/**
 * The facility form as staff fill it in: the same rules as {@code /api/admin/facilities}, messages in Japanese next
 * to the fields, rooms and equipment one per line, the district from the city's list, and the owning department
 * (blank: the staff member's own on create, unchanged on edit).
 */
public record FacilityForm(
        @NotBlank(message = "名称を入力してください") @Size(max = 100, message = "名称は100文字以内にしてください")
        String name,
        @NotBlank(message = "種類を入力してください（公民館、交流センターなど）")
        @Size(max = 40, message = "種類は40文字以内にしてください") String kind,
        String district,
        @Size(max = 200, message = "住所は200文字以内にしてください") String address,
        @Size(max = 200, message = "開館時間は200文字以内にしてください") String hours,
        @Size(max = 2000, message = "部屋は2000文字以内にしてください") String rooms,
        @Size(max = 2000, message = "設備は2000文字以内にしてください") String equipment,
        @Size(max = 500, message = "予約方法は500文字以内にしてください") String bookingMethod,
        @Pattern(regexp = "[0-9+()\\- ]{0,20}", message = "電話番号は半角の数字とハイフンで20文字以内にしてください")
        String phone,
        @Size(max = 40, message = "部署を一覧から選んでください") String department,
        String latitude,
        String longitude,
        @Size(max = TranslatedText.TITLE_MAX, message = "英語の名称は100文字以内にしてください") String englishName,
        @Size(max = 500, message = "英語の予約方法は500文字以内にしてください") String englishBookingMethod) {

    /** A form without English texts. */
    public FacilityForm(String name, String kind, String district, String address, String hours, String rooms,
            String equipment, String bookingMethod, String phone, String department, String latitude,
            String longitude) {
        this(name, kind, district, address, hours, rooms, equipment, bookingMethod, phone, department, latitude,
                longitude, "", "");
    }

    static FacilityForm blank(String department) {
        return new FacilityForm("", "", "", "", "", "", "", "", "", department, "", "");
    }

    static FacilityForm of(Facility f) {
        return new FacilityForm(f.name(), f.kind(), f.district(), f.address(), f.hours(),
                CatalogText.lines(f.rooms()), CatalogText.lines(f.equipment()), f.bookingMethod(), f.phone(),
                f.department(), CatalogText.degrees(f.location(), true), CatalogText.degrees(f.location(), false),
                CatalogText.english(f.translations(), TranslatedText::title),
                CatalogText.english(f.translations(), TranslatedText::description));
    }

    @AssertTrue(message = "緯度（-90〜90）と経度（-180〜180）は、両方を半角の数字で入力するか、両方とも空にしてください")
    public boolean isPositionOrNone() {
        return CatalogText.isPositionOrNone(latitude, longitude);
    }

    @AssertTrue(message = "地域を一覧から選んでください")
    public boolean isKnownDistrict() {
        return district == null || district.isBlank() || District.NAMES.contains(district.strip());
    }

    /** The facility with this form's fields; {@code sample} stays as it was (demonstration data stays marked). */
    Facility toFacility(String id, boolean sample) {
        return new Facility(id, name.strip(), kind.strip(), CatalogText.blankToNull(district),
                CatalogText.blankToNull(address), CatalogText.blankToNull(hours), CatalogText.lines(rooms),
                CatalogText.lines(equipment), CatalogText.blankToNull(bookingMethod), CatalogText.blankToNull(phone),
                sample, CatalogText.blankToNull(department), CatalogText.position(latitude, longitude).orElse(null),
                Translations.english(new TranslatedText(englishName, englishBookingMethod)));
    }
}
