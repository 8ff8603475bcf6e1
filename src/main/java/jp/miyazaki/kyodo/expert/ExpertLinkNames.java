package jp.miyazaki.kyodo.expert;

import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.link.LinkTargetNames;

/** Names experts for the {@code account.link} action and says what a linked expert will receive. */
public class ExpertLinkNames implements LinkTargetNames {

    private final Experts experts;
    private final Wording wording;

    public ExpertLinkNames(Experts experts, Wording wording) {
        this.experts = experts;
        this.wording = wording;
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
    public Optional<String> linkedText(String name) {
        return Optional.of(wording.text("expert.linked", Map.of("name", name)));
    }
}
