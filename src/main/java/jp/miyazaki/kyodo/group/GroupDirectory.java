package jp.miyazaki.kyodo.group;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.shared.RedisStore;
import jp.miyazaki.kyodo.shared.VersionCounter;

/**
 * The groups in Redis. A city has a few hundred groups at most, so search reads them all and filters in memory
 * rather than keeping per-field indexes in step.
 * <pre>
 * {p}group:seq                       counter for ids (GRP-12)
 * {p}group:ids                       SET of group ids
 * {p}group:item:{id}                 JSON Group
 * {p}group:opportunities:{id}        SET ids of the opportunities published from the group's recruitments
 * {p}group-version                   counter raised by every save and delete (instances read names again)
 * </pre>
 */
public class GroupDirectory {

    /** The kind of {@link jp.miyazaki.kyodo.link.LinkTarget} a group leader's LINE account is linked to. */
    public static final String LINK_KIND = "group";

    private final RedisStore store;
    private final VersionCounter version;

    public GroupDirectory(RedisStore store) {
        this.store = store;
        // Outside group:*, which holds only the groups and their indexes.
        this.version = new VersionCounter(store.redis(), store.key("group-version"));
    }

    /** Saves a new group under the next id (GRP-n) and answers it with that id. */
    public Group create(Group group) {
        long number = store.next("group", "seq");
        Group created = group.withId("GRP-" + number);
        save(created);
        return created;
    }

    /** Makes sure new groups are numbered after GRP-{@code taken} (the sample groups' fixed ids). */
    public void reserveIds(int taken) {
        store.redis().opsForValue().setIfAbsent(store.key("group", "seq"), String.valueOf(taken));
    }

    /** Saves (or replaces) a group under its own id. */
    public void save(Group group) {
        store.write(itemKey(group.id()), group);
        store.redis().opsForSet().add(store.key("group", "ids"), group.id());
        changed();
    }

    public Optional<Group> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return store.read(itemKey(id.strip().toUpperCase()), Group.class);
    }

    /**
     * Every group: civic groups, councils and NPOs before businesses, since citizens asking for a 団体 mostly mean
     * them; then by name.
     */
    public List<Group> list() {
        Set<String> ids = store.redis().opsForSet().members(store.key("group", "ids"));
        return ids == null ? List.of() : store.readAll(ids.stream().map(this::itemKey).toList(), Group.class)
                .stream().sorted(Comparator.comparing(Group::kind).thenComparing(Group::name)).toList();
    }

    public boolean isEmpty() {
        return Objects.requireNonNullElse(store.redis().opsForSet().size(store.key("group", "ids")), 0L) == 0;
    }

    public boolean delete(String id) {
        store.redis().opsForSet().remove(store.key("group", "ids"), id);
        store.redis().delete(store.key("group", "opportunities", id));
        boolean deleted = Boolean.TRUE.equals(store.redis().delete(itemKey(id)));
        changed();
        return deleted;
    }

    /** The groups' version, raised by every save and delete: instances compare it to learn that names changed. */
    public long version() {
        return version.current();
    }

    private void changed() {
        version.raise();
    }

    /**
     * Groups matching every condition given: a kind, any of the districts, any of the categories, and every
     * keyword in the name or description; by name.
     */
    public List<Group> search(Optional<GroupKind> kind, Collection<String> districts,
            Collection<Category> categories, Collection<String> keywords) {
        return list().stream()
                .filter(g -> kind.isEmpty() || g.kind() == kind.get())
                .filter(g -> districts.isEmpty() || g.districts().stream().anyMatch(districts::contains))
                .filter(g -> categories.isEmpty() || g.categories().stream().anyMatch(categories::contains))
                .filter(g -> keywords.stream().allMatch(k -> g.name().contains(k) || g.description().contains(k)))
                .toList();
    }

    /** Remembers that an opportunity was published for the group. */
    public void addOpportunity(String groupId, String opportunityId) {
        store.redis().opsForSet().add(store.key("group", "opportunities", groupId), opportunityId);
    }

    /** The ids of the opportunities published for the group. */
    public Set<String> opportunityIds(String groupId) {
        Set<String> ids = store.redis().opsForSet().members(store.key("group", "opportunities", groupId));
        return ids == null ? Set.of() : Set.copyOf(ids);
    }

    private String itemKey(String id) {
        return store.key("group", "item", id);
    }
}
