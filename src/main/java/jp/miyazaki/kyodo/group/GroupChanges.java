package jp.miyazaki.kyodo.group;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkProperties;
import jp.miyazaki.kyodo.link.LinkTarget;

/**
 * Staff adding, changing and deleting groups and issuing their leaders' link codes: the one place for what is
 * stored and audited, called by the admin API and the console alike. The fields were validated as
 * {@link GroupFields}; an unknown group is answered with an empty result and nothing is audited.
 */
@Service
public class GroupChanges {

    private final GroupDirectory directory;
    private final AccountLinks links;
    private final LinkProperties linkProperties;
    private final AuditLog audit;
    private final Clock clock;

    public GroupChanges(GroupDirectory directory, AccountLinks links, LinkProperties linkProperties, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.directory = directory;
        this.links = links;
        this.linkProperties = linkProperties;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Adds a group; its id (GRP-n) is generated. */
    public Group create(GroupFields fields) {
        Group created = directory.create(fields.toGroup("new", false));
        audit.record("group.create", target(created), null, List.of());
        return created;
    }

    /** Replaces a group's public fields; it stays sample data if it was. */
    public Optional<Group> update(String id, GroupFields fields) {
        return directory.find(id).map(before -> {
            Group after = fields.toGroup(before.id(), before.sample());
            directory.save(after);
            audit.record("group.update", target(after), null, GroupAuditFields.of(before, after));
            return after;
        });
    }

    /** Deletes a group and unlinks its leaders; its published opportunities stay in the catalog. */
    public Optional<Group> delete(String id) {
        return directory.find(id).map(group -> {
            LinkTarget target = linkTarget(group);
            links.linkedUsers(target).forEach(leader -> links.unlink(leader, target));
            directory.delete(group.id());
            audit.record("group.delete", target(group), null, List.of());
            return group;
        });
    }

    /** A one-time code the group's leader sends to the bot; it is shown once and not kept for staff. */
    public Optional<LinkCode> issueLinkCode(String id) {
        return directory.find(id).map(group -> {
            String code = links.issue(linkTarget(group));
            audit.record("group.link-code", target(group), null, List.of());
            return new LinkCode(group, code, Instant.now(clock).plus(linkProperties.codeValidity()));
        });
    }

    /** How many LINE accounts are linked to the group as its leaders. */
    public int leaderCount(Group group) {
        return links.linkedUsers(linkTarget(group)).size();
    }

    private static LinkTarget linkTarget(Group group) {
        return new LinkTarget(GroupDirectory.LINK_KIND, group.id());
    }

    private static AuditLog.Target target(Group group) {
        return new AuditLog.Target(group.id(), group.name());
    }

    /** A one-time link code for the group's leader, valid until {@code expiresAt}. */
    public record LinkCode(Group group, String code, Instant expiresAt) {
    }
}
