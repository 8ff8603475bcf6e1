package jp.miyazaki.kyodo.expert;

import java.util.Optional;

import jp.miyazaki.kyodo.link.LinkTargetNames;

/** Names experts for the {@code account.link} action and says what a linked expert will receive. */
public class ExpertLinkNames implements LinkTargetNames {

    private final Experts experts;

    public ExpertLinkNames(Experts experts) {
        this.experts = experts;
    }

    @Override
    public String kind() {
        return Experts.LINK_KIND;
    }

    @Override
    public Optional<String> nameOf(String id) {
        return experts.find(id).map(Expert::name);
    }

    @Override
    public String linkedText(String name) {
        return "「%s」としてLINEアカウントを連携しました。市民活動センターから専門家紹介のご依頼があると、このLINEでお知らせします。"
                .formatted(name);
    }
}
