package jp.miyazaki.kyodo.group;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTarget;

/**
 * Pushes to every LINE account linked to the group, in that leader's language, under a retry key per message and
 * leader.
 */
public class LineLeaderMessages implements LeaderMessages {

    private final AccountLinks links;
    private final LineGateway line;
    private final CitizenLanguage languages;

    public LineLeaderMessages(AccountLinks links, LineGateway line, CitizenLanguage languages) {
        this.links = links;
        this.line = line;
        this.languages = languages;
    }

    @Override
    public int tell(String groupId, Function<String, String> text, String once) {
        int told = 0;
        for (String leader : links.linkedUsers(new LinkTarget(GroupDirectory.LINK_KIND, groupId))) {
            UUID retryKey = UUID.nameUUIDFromBytes(("group-leader\n" + groupId + "\n" + once + "\n" + leader)
                    .getBytes(StandardCharsets.UTF_8));
            Delivery delivery = line.push(leader, Reply.of(new Reply.Text(text.apply(languages.forNotice(leader)))), retryKey);
            if (delivery == Delivery.SENT || delivery == Delivery.ALREADY_SENT) {
                told++;
            }
        }
        return told;
    }
}
