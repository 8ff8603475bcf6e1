package jp.miyazaki.kyodo.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.Wording;

/** The {@code account.link} dialog action. */
public class LinkActions {

    private final AccountLinks links;
    private final ObjectProvider<LinkTargetNames> names;
    private final Wording messages;

    public LinkActions(AccountLinks links, ObjectProvider<LinkTargetNames> names, Wording messages) {
        this.links = links;
        this.names = names;
        this.messages = messages;
    }

    /**
     * account.link: slot {@code code} (a message holding the code) → ok (values target_kind, target_name) /
     * invalid (no code in it, unknown, expired or used) / locked (too many wrong codes lately).
     */
    @FlowAction(name = "account.link", outcomes = {"ok", "invalid", "locked"})
    public Result link(Context context) {
        Wording wording = messages.in(context.language());
        Optional<String> code = new ActionSlots(context).text("code").flatMap(AccountLinks::codeIn);
        if (code.isEmpty()) {
            return new Result("invalid", Map.of("text", wording.text("link.no-code")), List.of());
        }
        AccountLinks.Redemption redemption = links.redeem(code.get(), context.userId());
        if (redemption instanceof AccountLinks.Redemption.Linked linked) {
            LinkTarget target = linked.target();
            Optional<LinkTargetNames> kind = names.orderedStream().filter(n -> n.kind().equals(target.kind())).findFirst();
            String name = kind.flatMap(n -> n.nameOf(target.id())).orElse(target.id());
            String text = kind.flatMap(n -> n.linkedText(name, wording.language()))
                    .orElseGet(() -> wording.text("link.linked", Map.of("name", name)));
            return new Result("ok", Map.of("target_kind", target.kind(), "target_name", name, "text", text),
                    List.of());
        }
        if (redemption instanceof AccountLinks.Redemption.Locked) {
            return new Result("locked", Map.of("text", wording.text("link.locked")), List.of());
        }
        return new Result("invalid", Map.of("text", wording.text("link.invalid")), List.of());
    }
}
