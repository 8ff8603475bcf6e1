package jp.miyazaki.kyodo.catalog.console;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityAttribute;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.catalog.TranslatedText;
import jp.miyazaki.kyodo.catalog.Translations;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * The opportunity form as staff fill it in: local Miyazaki times, category and kind by id, and the owning
 * department (blank: the staff member's own on create, unchanged on edit), the attributes ticked, by id, and the
 * optional English title, description, place and organiser that English-reading citizens see.
 */
public record OpportunityForm(
        @NotBlank @Size(max = 100) String title,
        @NotBlank String kind,
        @NotBlank String category,
        @Size(max = 20) String district,
        @Size(max = 200) String place,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
        @Min(0) @Max(100_000) int capacity,
        @Size(max = 2000) String description,
        @Size(max = 100) String organiser,
        @Size(max = 200) String contact,
        @Size(max = 40) String department,
        List<String> attributes,
        @Size(max = 200) String address,
        String latitude,
        String longitude,
        @Size(max = TranslatedText.TITLE_MAX) String englishTitle,
        @Size(max = TranslatedText.DESCRIPTION_MAX) String englishDescription,
        @Size(max = TranslatedText.PLACE_MAX) String englishPlace,
        @Size(max = TranslatedText.ORGANISER_MAX) String englishOrganiser) {

    /** A form without English texts. */
    public OpportunityForm(String title, String kind, String category, String district, String place,
            LocalDateTime start, LocalDateTime end, int capacity, String description, String organiser, String contact,
            String department, List<String> attributes, String address, String latitude, String longitude) {
        this(title, kind, category, district, place, start, end, capacity, description, organiser, contact,
                department, attributes, address, latitude, longitude, "", "", "", "");
    }

    static OpportunityForm blank(String department) {
        LocalDateTime nextWeek = LocalDateTime.now(CityTime.ZONE).plusWeeks(1).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        return new OpportunityForm("", OpportunityKind.VOLUNTEER.id(), Category.COMMUNITY.id(), "", "", nextWeek,
                nextWeek.plusHours(2), 10, "", "", "", department, List.of(), "", "", "");
    }

    static OpportunityForm of(Opportunity o) {
        return new OpportunityForm(o.title(), o.kind().id(), o.category().id(), o.district(), o.place(),
                o.start().atZoneSameInstant(CityTime.ZONE).toLocalDateTime(),
                o.end().atZoneSameInstant(CityTime.ZONE).toLocalDateTime(), o.capacity(), o.description(), o.organiser(),
                o.contact(), o.department(), o.attributes().stream().map(OpportunityAttribute::id).toList(),
                o.address(), CatalogText.degrees(o.location(), true), CatalogText.degrees(o.location(), false),
                CatalogText.english(o.translations(), TranslatedText::title),
                CatalogText.english(o.translations(), TranslatedText::description),
                CatalogText.english(o.translations(), TranslatedText::place),
                CatalogText.english(o.translations(), TranslatedText::organiser));
    }

    @AssertTrue(message = "終了は開始より後にしてください")
    public boolean isEndAfterStart() {
        return start == null || end == null || !end.isBefore(start);
    }

    @AssertTrue(message = "種類・分野を一覧から選んでください")
    public boolean isKnownKindAndCategory() {
        return kind == null || category == null
                || OpportunityKind.parse(kind).isPresent() && Category.parse(category).isPresent();
    }

    @AssertTrue(message = "参加しやすさを一覧から選んでください")
    public boolean isKnownAttributes() {
        return OpportunityAttribute.allKnown(attributes);
    }

    @AssertTrue(message = "緯度（-90〜90）と経度（-180〜180）は、両方を半角の数字で入力するか、両方とも空にしてください")
    public boolean isPositionOrNone() {
        return CatalogText.isPositionOrNone(latitude, longitude);
    }

    /** The opportunity with this form's fields; {@code sample} stays as it was (demonstration data stays marked). */
    Opportunity toOpportunity(String id, boolean sample) {
        return new Opportunity(id, OpportunityKind.parse(kind).orElseThrow(), title.strip(), description,
                Category.parse(category).orElseThrow(), blankToNull(district), blankToNull(place),
                start.atZone(CityTime.ZONE).toOffsetDateTime(), end.atZone(CityTime.ZONE).toOffsetDateTime(), capacity,
                blankToNull(organiser), blankToNull(contact), sample, blankToNull(department),
                OpportunityAttribute.of(attributes), blankToNull(address),
                CatalogText.position(latitude, longitude).orElse(null),
                Translations.english(new TranslatedText(englishTitle, englishDescription, englishPlace,
                        englishOrganiser)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
