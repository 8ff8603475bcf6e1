package jp.miyazaki.kyodo.group;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.nlu.KnownNames;
import jp.miyazaki.kyodo.nlu.NameKind;
import jp.miyazaki.kyodo.nlu.RefreshedNames;

/**
 * The groups' names for the understanding, read again when the groups' version (raised by every save and delete on
 * any instance) moved, compared at most once a second.
 */
@Component
class GroupNames implements KnownNames {

    private final RefreshedNames names;

    GroupNames(GroupDirectory directory, ObjectProvider<Clock> clock) {
        this.names = new RefreshedNames(directory::version,
                () -> Map.of(NameKind.GROUP, directory.list().stream().map(Group::name).toList()),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Override
    public List<String> named(NameKind kind) {
        return names.named(kind);
    }
}
