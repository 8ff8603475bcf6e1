package jp.miyazaki.kyodo.expert;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTarget;
import jp.miyazaki.kyodo.shared.RedisStore;

/**
 * The expert registry in Redis, and the experts' LINE links (kind {@value #LINK_KIND}). Staff manage it; it holds
 * no citizen's data.
 * <pre>
 * {p}expert:seq          counter for ids (EXP-1, …)
 * {p}expert:{id}         JSON Expert
 * {p}experts             ZSET id → number, the registry in id order
 * </pre>
 */
public class Experts {

    /** The kind of {@link LinkTarget} an expert's LINE account is linked to. */
    public static final String LINK_KIND = "expert";
    private static final String PREFIX = "EXP-";

    private final RedisStore store;
    private final AccountLinks links;

    public Experts(RedisStore store, AccountLinks links) {
        this.store = store;
        this.links = links;
    }

    /** Adds an expert under a new id (the given id is ignored). */
    public Expert create(Expert draft) {
        String id;
        do {
            id = PREFIX + store.next("expert", "seq");
        } while (Boolean.TRUE.equals(store.redis().hasKey(store.key("expert", id))));
        Expert created = draft.withId(id);
        save(created);
        return created;
    }

    /** Stores the expert under its own id, replacing what was there. */
    public void save(Expert expert) {
        store.write(store.key("expert", expert.id()), expert);
        store.redis().opsForZSet().add(store.key("experts"), expert.id(), number(expert.id()));
    }

    public Optional<Expert> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return store.read(store.key("expert", id.strip()), Expert.class);
    }

    /** Every expert, in id order. */
    public List<Expert> list() {
        Set<String> ids = store.redis().opsForZSet().range(store.key("experts"), 0, -1);
        return (ids == null ? Set.<String>of() : ids).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public boolean isEmpty() {
        Long size = store.redis().opsForZSet().zCard(store.key("experts"));
        return size == null || size == 0;
    }

    /** Deletes the expert and unlinks their LINE accounts, so nothing is sent to them any more. */
    public boolean delete(String id) {
        LinkTarget target = linkTarget(id);
        links.linkedUsers(target).forEach(user -> links.unlink(user, target));
        store.redis().opsForZSet().remove(store.key("experts"), id);
        return Boolean.TRUE.equals(store.redis().delete(store.key("expert", id)));
    }

    /** The LINE users linked to the expert, whom the bot can tell. */
    public Set<String> linkedUsers(String id) {
        return links.linkedUsers(linkTarget(id));
    }

    /** A one-time code the expert sends to the bot (「連携コード XXXX-XXXX」) to link their LINE account. */
    public String issueLinkCode(String id) {
        return links.issue(linkTarget(id));
    }

    private static LinkTarget linkTarget(String id) {
        return new LinkTarget(LINK_KIND, id);
    }

    private static double number(String id) {
        try {
            return id.startsWith(PREFIX) ? Long.parseLong(id.substring(PREFIX.length())) : Double.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }
}
