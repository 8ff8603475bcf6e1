package jp.miyazaki.kyodo.signup;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.line.LineGateway;

/**
 * Tells citizens moved up from a waitlist that their place is confirmed. The retry key is derived from the
 * opportunity and the citizen, so a repeated event never pushes the same news twice. Each is told in their language.
 */
@Component
class WaitlistPromotionNotice {

    private final LineGateway gateway;
    private final CitizenLanguage languages;

    WaitlistPromotionNotice(LineGateway gateway, CitizenLanguage languages) {
        this.gateway = gateway;
        this.languages = languages;
    }

    @EventListener
    void onPromotion(WaitlistPromoted promoted) {
        for (String userId : promoted.userIds()) {
            Reply notice = Reply.of(new Reply.Text(promoted.message(languages.forNotice(userId))));
            UUID retryKey = UUID.nameUUIDFromBytes(("waitlist:" + promoted.opportunityId() + ":" + userId)
                    .getBytes(StandardCharsets.UTF_8));
            gateway.push(userId, notice, retryKey);
        }
    }
}
