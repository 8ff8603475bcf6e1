package jp.miyazaki.kyodo.group;

import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.link.LinkTargetNames;

/** Names groups for the account-link flow and tells a newly linked leader what they can do now. */
public class GroupLinkNames implements LinkTargetNames {

    /** The link kind of groups. */
    public static final String KIND = "group";

    private final GroupDirectory directory;
    private final Wording wording;

    public GroupLinkNames(GroupDirectory directory, Wording wording) {
        this.directory = directory;
        this.wording = wording;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<String> nameOf(String id) {
        return directory.find(id).map(Group::name);
    }

    @Override
    public Optional<String> linkedText(String name) {
        return Optional.of(wording.text("group.linked", Map.of("name", name)));
    }
}
