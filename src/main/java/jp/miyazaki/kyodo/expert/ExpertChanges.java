package jp.miyazaki.kyodo.expert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.link.LinkProperties;
import jp.miyazaki.kyodo.shared.ChangeRefused;

/**
 * Staff adding, changing and deleting experts and issuing their LINE link codes: the one place for the district
 * rule, what is stored and what is audited, called by the admin API and the console alike. The fields were
 * validated as {@link ExpertFields}; an unknown expert is answered with an empty result and nothing is audited.
 */
@Service
public class ExpertChanges {

    private final Experts experts;
    private final LinkProperties linkProperties;
    private final AuditLog audit;
    private final Clock clock;

    public ExpertChanges(Experts experts, LinkProperties linkProperties, AuditLog audit, ObjectProvider<Clock> clock) {
        this.experts = experts;
        this.linkProperties = linkProperties;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Registers an expert; the id (EXP-n) is generated. */
    public Expert create(ExpertFields fields) {
        Expert created = experts.create(fields.toExpert(null, covered(fields), false));
        audit.record("expert.create", target(created), null, List.of());
        return created;
    }

    /** Replaces an expert's entry; it stays sample data if it was. */
    public Optional<Expert> update(String id, ExpertFields fields) {
        List<String> covered = covered(fields);
        return experts.find(id).map(before -> {
            Expert after = fields.toExpert(id, covered, before.sample());
            experts.save(after);
            audit.record("expert.update", target(after), null, ExpertAuditFields.of(before, after));
            return after;
        });
    }

    /** Deletes an expert and unlinks their LINE accounts; the audit says how many. */
    public Optional<Expert> delete(String id) {
        return experts.find(id).map(gone -> {
            int unlinked = experts.linkedUsers(id).size();
            experts.delete(id);
            audit.record("expert.delete", target(gone), "LINE連携" + unlinked + "件を解除", List.of());
            return gone;
        });
    }

    /** A one-time code the expert sends to the bot to link their LINE account; shown once, not kept for staff. */
    public Optional<LinkCode> issueLinkCode(String id) {
        return experts.find(id).map(expert -> {
            String code = experts.issueLinkCode(expert.id());
            audit.record("expert.link-code", target(expert), null, List.of());
            return new LinkCode(expert, code, Instant.now(clock).plus(linkProperties.codeValidity()));
        });
    }

    /** The districts named, 中央 read as 中央東 and 中央西; refused when one is not Miyazaki City's. */
    private static List<String> covered(ExpertFields fields) {
        List<String> covered = new ArrayList<>();
        for (String district : fields.districts() == null ? List.<String>of() : fields.districts()) {
            String name = district == null ? "" : district.strip();
            List<String> area = name.equals(Expert.CITYWIDE) ? List.of(name) : District.area(name);
            if (area.isEmpty()) {
                throw new ChangeRefused(new Refusal.UnknownDistrict(name));
            }
            area.stream().filter(d -> !covered.contains(d)).forEach(covered::add);
        }
        return covered;
    }

    private static AuditLog.Target target(Expert expert) {
        return new AuditLog.Target(expert.id(), expert.name());
    }

    /** A one-time link code for the expert, valid until {@code expiresAt}. */
    public record LinkCode(Expert expert, String code, Instant expiresAt) {
    }

    /** Why a change was not made; nothing was stored or audited. */
    public sealed interface Refusal extends ChangeRefused.Refusal {

        /** A district that is not Miyazaki City's (nor 市内全域). */
        record UnknownDistrict(String district) implements Refusal {
        }
    }
}
