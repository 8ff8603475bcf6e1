package jp.miyazaki.kyodo.catalog.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.testsupport.FormValidation;

import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.catalog.GeoPoint;
import jp.miyazaki.kyodo.testsupport.FormValidation;

/** Rooms and equipment are typed one per line; the district is one of the city's; phones are digits and hyphens. */
class FacilityFormTests {

    private static final Validator VALIDATOR = FormValidation.validator();

    @Test
    void linesBecomeListsAndBlanksBecomeAbsent() {
        FacilityForm form = new FacilityForm(" 青島地区交流センター ", "交流センター", "青島", "", " 9:00〜21:00 ",
                "会議室\n\n和室 \n", "", "", "0985-00-9999", "環境保全課", "", "");

        Facility facility = form.toFacility("facility-x", false);

        assertThat(facility.name()).isEqualTo("青島地区交流センター");
        assertThat(facility.address()).isNull();
        assertThat(facility.hours()).isEqualTo("9:00〜21:00");
        assertThat(facility.rooms()).containsExactly("会議室", "和室");
        assertThat(facility.equipment()).isEmpty();
        assertThat(facility.bookingMethod()).isNull();
        assertThat(facility.department()).isEqualTo("環境保全課");
        assertThat(FacilityForm.of(facility).rooms()).isEqualTo("会議室\n和室");
        assertThat(VALIDATOR.validate(form)).isEmpty();
    }

    @Test
    void takesAPositionAsTwoNumbersOrNone() {
        FacilityForm placed = new FacilityForm("佐土原公民館", "公民館", "佐土原", "", "", "", "", "", "", "",
                " 32.0286 ", "131.4265");

        assertThat(placed.toFacility("fac-x", false).location()).isEqualTo(new GeoPoint(32.0286, 131.4265));
        assertThat(FacilityForm.of(placed.toFacility("fac-x", false)).latitude()).isEqualTo("32.0286");
        assertThat(VALIDATOR.validate(placed)).isEmpty();
        for (String[] wrong : new String[][] {{"32.0286", ""}, {"", "131.4"}, {"91", "131.4"}, {"32", "181"},
                {"北緯32度", "131.4"}}) {
            FacilityForm form = new FacilityForm("センター", "公民館", "", "", "", "", "", "", "", "", wrong[0], wrong[1]);
            assertThat(VALIDATOR.validate(form).stream().map(ConstraintViolation::getMessage).toList())
                    .as("%s, %s", wrong[0], wrong[1])
                    .containsExactly("緯度（-90〜90）と経度（-180〜180）は、両方を半角の数字で入力するか、両方とも空にしてください");
        }
    }

    @Test
    void refusesAnUnknownDistrictAPhoneWithLettersAndAMissingKind() {
        FacilityForm form = new FacilityForm("センター", " ", "東京", "", "", "", "", "", "0985-XX", "", "", "");

        assertThat(VALIDATOR.validate(form).stream().map(ConstraintViolation::getMessage).toList())
                .containsExactlyInAnyOrder("種類を入力してください（公民館、交流センターなど）", "地域を一覧から選んでください",
                        "電話番号は半角の数字とハイフンで20文字以内にしてください");
        assertThat(List.of(new FacilityForm("センター", "公民館", "", "", "", "", "", "", "", "", "", "")))
                .allSatisfy(blankDistrict -> assertThat(VALIDATOR.validate(blankDistrict)).isEmpty());
    }
}
