package jp.miyazaki.kyodo.group;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTarget;

/** Pushes to every LINE account linked to the group, under a retry key per message and leader. */
public class LineLeaderMessages implements LeaderMessages {

    private final AccountLinks links;
    private final LineGateway line;

    public LineLeaderMessages(AccountLinks links, LineGateway line) {
        this.links = links;
        this.line = line;
    }

    @Override
    public int tell(String groupId, String text, String once) {
        int told = 0;
        for (String leader : links.linkedUsers(new LinkTarget(GroupDirectory.LINK_KIND, groupId))) {
            UUID retryKey = UUID.nameUUIDFromBytes(("group-leader\n" + groupId + "\n" + once + "\n" + leader)
                    .getBytes(StandardCharsets.UTF_8));
            Delivery delivery = line.push(leader, Reply.of(new Reply.Text(text)), retryKey);
            if (delivery == Delivery.SENT || delivery == Delivery.ALREADY_SENT) {
                told++;
            }
        }
        return told;
    }
}
