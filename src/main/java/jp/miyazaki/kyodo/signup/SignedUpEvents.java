package jp.miyazaki.kyodo.signup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jp.miyazaki.kyodo.broadcast.UpcomingEvents;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.shared.CityTime;

/** Activities on given days (Tokyo dates) with the citizens holding a confirmed place; the waitlist is not told. */
public class SignedUpEvents implements UpcomingEvents {

    private final CatalogRepository catalog;
    private final SignUps signUps;

    public SignedUpEvents(CatalogRepository catalog, SignUps signUps) {
        this.catalog = catalog;
        this.signUps = signUps;
    }

    @Override
    public List<EventDay> between(LocalDate from, LocalDate to) {
        OffsetDateTime first = from.atStartOfDay(CityTime.ZONE).toOffsetDateTime();
        OffsetDateTime last = to.plusDays(1).atStartOfDay(CityTime.ZONE).toOffsetDateTime().minusSeconds(1);
        return catalog.opportunitiesStartingBetween(first, last).stream()
                .map(opportunity -> new EventDay(opportunity.id(), opportunity.title(),
                        opportunity.start().toLocalDate(), opportunity.place() == null ? "" : opportunity.place(),
                        signUps.ofOpportunity(opportunity.id()).stream()
                                .filter(s -> s.status() == SignUpStatus.CONFIRMED).map(SignUp::userId).toList()))
                .filter(event -> !event.signedUp().isEmpty())
                .toList();
    }
}
