package jp.miyazaki.kyodo.catalog.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.GeoPoint;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;

/** Staff type Miyazaki local times; the catalog keeps offsets; blanks are absent, not empty strings. */
class OpportunityFormTests {

    @Test
    void localTimesAreMiyazakiTimeAndBlanksBecomeAbsent() {
        OpportunityForm form = new OpportunityForm(" 夜の講座 ", "course", "education", "", " 中央公民館 ",
                LocalDateTime.parse("2026-12-10T19:00"), LocalDateTime.parse("2026-12-10T20:30"), 15, "", " ", "", null,
                null, " 宮崎市中央通 ", "31.9127", "131.4248");

        Opportunity opportunity = form.toOpportunity("opp-x", true);

        assertThat(opportunity.title()).isEqualTo("夜の講座");
        assertThat(opportunity.kind()).isEqualTo(OpportunityKind.COURSE);
        assertThat(opportunity.category()).isEqualTo(Category.EDUCATION);
        assertThat(opportunity.start()).isEqualTo(OffsetDateTime.parse("2026-12-10T19:00+09:00"));
        assertThat(opportunity.district()).isNull();
        assertThat(opportunity.place()).isEqualTo("中央公民館");
        assertThat(opportunity.organiser()).isNull();
        assertThat(opportunity.sample()).isTrue();
        assertThat(opportunity.address()).isEqualTo("宮崎市中央通");
        assertThat(opportunity.location()).isEqualTo(new GeoPoint(31.9127, 131.4248));
        assertThat(OpportunityForm.of(opportunity).start()).isEqualTo(LocalDateTime.parse("2026-12-10T19:00"));
    }

    @Test
    void refusesAnEndBeforeTheStartAndUnknownChoices() {
        OpportunityForm backwards = new OpportunityForm("x", "course", "education", "", "",
                LocalDateTime.parse("2026-12-10T19:00"), LocalDateTime.parse("2026-12-10T18:00"), 1, "", "", "", null, null, "", "", "");
        OpportunityForm unknown = new OpportunityForm("x", "party", "education", "", "",
                LocalDateTime.parse("2026-12-10T19:00"), LocalDateTime.parse("2026-12-10T20:00"), 1, "", "", "", null, null, "", "", "");

        assertThat(backwards.isEndAfterStart()).isFalse();
        assertThat(unknown.isKnownKindAndCategory()).isFalse();
    }
}
