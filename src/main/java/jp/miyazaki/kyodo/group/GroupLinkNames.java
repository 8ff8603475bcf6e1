package jp.miyazaki.kyodo.group;

import java.util.Optional;

import jp.miyazaki.kyodo.link.LinkTargetNames;

/** Names groups for the account-link flow and tells a newly linked leader what they can do now. */
public class GroupLinkNames implements LinkTargetNames {

    /** The link kind of groups. */
    public static final String KIND = "group";

    private final GroupDirectory directory;

    public GroupLinkNames(GroupDirectory directory) {
        this.directory = directory;
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
    public String linkedText(String name) {
        return "「%s」の代表者としてLINEアカウントを連携しました。「団体メニュー」と送ると、メンバー募集の投稿、申し込み状況や使える補助金の確認ができます。"
                .formatted(name);
    }
}
