package jp.miyazaki.kyodo.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import jp.miyazaki.kyodo.catalog.ActionSlots;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;

/** The {@code account.link} dialog action. */
public class LinkActions {

    private final AccountLinks links;
    private final ObjectProvider<LinkTargetNames> names;

    public LinkActions(AccountLinks links, ObjectProvider<LinkTargetNames> names) {
        this.links = links;
        this.names = names;
    }

    /**
     * account.link: slot {@code code} (a message holding the code) → ok (values target_kind, target_name) /
     * invalid (no code in it, unknown, expired or used) / locked (too many wrong codes lately).
     */
    public Result link(Context context) {
        Optional<String> code = new ActionSlots(context).text("code").flatMap(AccountLinks::codeIn);
        if (code.isEmpty()) {
            return new Result("invalid", Map.of("text",
                    "連携コードが読み取れませんでした。市の担当者からお知らせした8文字のコード（例 K7Q4-9MZP）を送ってください。"),
                    List.of());
        }
        AccountLinks.Redemption redemption = links.redeem(code.get(), context.userId());
        if (redemption instanceof AccountLinks.Redemption.Linked linked) {
            LinkTarget target = linked.target();
            Optional<LinkTargetNames> kind = names.orderedStream().filter(n -> n.kind().equals(target.kind())).findFirst();
            String name = kind.flatMap(n -> n.nameOf(target.id())).orElse(target.id());
            String text = kind.map(n -> n.linkedText(name))
                    .orElse("「%s」とLINEアカウントを連携しました。".formatted(name));
            return new Result("ok", Map.of("target_kind", target.kind(), "target_name", name, "text", text),
                    List.of());
        }
        if (redemption instanceof AccountLinks.Redemption.Locked) {
            return new Result("locked", Map.of("text",
                    "コードの入力に続けて失敗したため、しばらく受け付けを止めています。1時間ほどたってからお試しください。"),
                    List.of());
        }
        return new Result("invalid", Map.of("text",
                "このコードは使えません。期限切れか、すでに使われた可能性があります。市の担当者に新しいコードをお尋ねください。"),
                List.of());
    }
}
