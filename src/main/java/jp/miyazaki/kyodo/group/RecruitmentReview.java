package jp.miyazaki.kyodo.group;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * Staff's decision on a pending recruitment. Approving publishes it in the catalog as a volunteer opportunity
 * organised by the group (its first district and category, its public contact) and tells the leaders; rejecting
 * tells them why (a reason of at most {@link #MAX_REASON} characters). Only a pending recruitment can be decided,
 * so a second click changes nothing.
 */
public class RecruitmentReview {

    /** What the leaders read on LINE: a few sentences. */
    public static final int MAX_REASON = 500;

    private final Recruitments recruitments;
    private final GroupDirectory directory;
    private final CatalogRepository catalog;
    private final LeaderMessages leaders;
    private final Wording wording;

    public RecruitmentReview(Recruitments recruitments, GroupDirectory directory, CatalogRepository catalog,
            LeaderMessages leaders,
            Wording wording) {
        this.recruitments = recruitments;
        this.directory = directory;
        this.catalog = catalog;
        this.leaders = leaders;
        this.wording = wording;
    }

    /** The opportunity an approval would publish (also what staff compare with similar activities). */
    public Optional<Opportunity> asOpportunity(Recruitment recruitment) {
        return directory.find(recruitment.groupId()).map(group -> new Opportunity(
                "opp-" + recruitment.id().toLowerCase(), OpportunityKind.VOLUNTEER, recruitment.title(),
                recruitment.description(),
                group.categories().isEmpty() ? Category.COMMUNITY : group.categories().get(0),
                group.districts().isEmpty() ? null : group.districts().get(0), recruitment.place(),
                recruitment.date().atTime(recruitment.start()).atZone(CityTime.ZONE).toOffsetDateTime(),
                recruitment.date().atTime(recruitment.end()).atZone(CityTime.ZONE).toOffsetDateTime(),
                recruitment.capacity(), group.name(), group.contact(), false));
    }

    public Decision approve(String id) {
        return whenPending(id, recruitment -> {
            Optional<Opportunity> opportunity = asOpportunity(recruitment);
            if (opportunity.isEmpty()) {
                return new Decision.Unknown();
            }
            catalog.save(opportunity.get());
            directory.addOpportunity(recruitment.groupId(), opportunity.get().id());
            Recruitment approved = recruitment.approved(opportunity.get().id());
            recruitments.save(approved);
            int told = leaders.tell(recruitment.groupId(), language -> approved(wording.in(language), recruitment,
                    opportunity.get()), "approved " + id);
            return new Decision.Done(approved, told);
        });
    }

    public Decision reject(String id, String reason) {
        String told = reason == null ? "" : reason.strip();
        if (told.isEmpty() || told.length() > MAX_REASON) {
            return new Decision.NoReason();
        }
        return whenPending(id, recruitment -> {
            Recruitment rejected = recruitment.rejected(told);
            recruitments.save(rejected);
            int leadersTold = leaders.tell(recruitment.groupId(), language -> wording.text(language,
                    "group.recruitment-rejected", Map.of("title", recruitment.title(), "reason", told)), "rejected " + id);
            return new Decision.Done(rejected, leadersTold);
        });
    }

    private static String approved(Wording wording, Recruitment recruitment, Opportunity opportunity) {
        return wording.text("group.recruitment-approved", Map.of("title", recruitment.title(),
                "when", DisplayText.when(wording, opportunity)));
    }

    /** Unknown and already decided recruitments are answered as such and left alone; a pending one is decided. */
    private Decision whenPending(String id, Function<Recruitment, Decision> decide) {
        Optional<Recruitment> found = recruitments.find(id);
        if (found.isEmpty()) {
            return new Decision.Unknown();
        }
        if (found.get().status() != RecruitmentStatus.PENDING) {
            return new Decision.AlreadyDecided(found.get());
        }
        return decide.apply(found.get());
    }

    /** What deciding did. */
    public sealed interface Decision {

        /** Decided; {@code leadersTold} leaders were told on LINE. */
        record Done(Recruitment recruitment, int leadersTold) implements Decision {
        }

        /** No such recruitment (or its group is gone). */
        record Unknown() implements Decision {
        }

        /** Approved or rejected before. */
        record AlreadyDecided(Recruitment recruitment) implements Decision {
        }

        /** A rejection without a reason, or with one over {@link #MAX_REASON} characters: nothing was decided. */
        record NoReason() implements Decision {
        }
    }
}
