package jp.miyazaki.kyodo.expert;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;

/**
 * Staff confirm an expert for a consultation: the consultation records the match (専門家紹介済み), the citizen is
 * told who the expert is and what happens next, and the expert, when linked, gets the request on LINE. The
 * citizen's LINE id never leaves the consultation; the expert sees the citizen's phone or e-mail only when the
 * citizen chose to be answered that way. Pushes carry retry keys per consultation, expert and recipient, so a
 * retried request reaches nobody twice.
 */
public class ExpertIntroductions {

    private final Consultations consultations;
    private final Experts experts;
    private final LineGateway line;

    public ExpertIntroductions(Consultations consultations, Experts experts, LineGateway line) {
        this.consultations = consultations;
        this.experts = experts;
        this.line = line;
    }

    public Introduction introduce(String consultationId, String expertId) {
        Optional<Consultation> found = consultations.find(consultationId);
        if (found.isEmpty()) {
            return refused(Introduction.Reason.NO_SUCH_CONSULTATION, "no such consultation");
        }
        Consultation consultation = found.get();
        if (consultation.status() == ConsultationStatus.CLOSED) {
            return refused(Introduction.Reason.CLOSED, "the consultation is closed");
        }
        if (consultation.expertId() != null) {
            return refused(Introduction.Reason.ALREADY_MATCHED,
                    "the consultation is already matched with " + consultation.expertId());
        }
        if (consultation.field() == null) {
            return refused(Introduction.Reason.NO_FIELD, "the consultation names no field of expertise");
        }
        Optional<Expert> expert = experts.find(expertId);
        if (expert.isEmpty()) {
            return refused(Introduction.Reason.NO_SUCH_EXPERT, "no such expert");
        }
        if (!expert.get().covers(consultation.field())) {
            return refused(Introduction.Reason.FIELD_NOT_COVERED, expert.get().id() + " does not cover "
                    + consultation.field().id());
        }
        Optional<Consultation> matched = consultations.matchExpert(consultation.id(), expert.get().id());
        if (matched.isEmpty()) {
            return refused(Introduction.Reason.ALREADY_MATCHED, "the consultation was matched meanwhile");
        }
        boolean citizenTold = told(line.push(consultation.userId(),
                Reply.of(new Reply.Text(citizenText(consultation, expert.get()))),
                retryKey(consultation, expert.get(), "citizen")));
        Set<String> expertUsers = experts.linkedUsers(expert.get().id());
        boolean expertTold = false;
        for (String user : expertUsers) {
            expertTold |= told(line.push(user, Reply.of(new Reply.Text(expertText(consultation))),
                    retryKey(consultation, expert.get(), user)));
        }
        return new Introduction.Made(matched.get(), expert.get(), citizenTold, !expertUsers.isEmpty(), expertTold);
    }

    /** Polite, who the expert is and what happens next; only the contact the expert agreed to make public. */
    static String citizenText(Consultation consultation, Expert expert) {
        StringBuilder text = new StringBuilder()
                .append("ご相談（受付番号 ").append(consultation.id()).append("）について、専門家をご紹介します。\n\n")
                .append("紹介先：").append(expert.name()).append('\n')
                .append("種別：").append(expert.kind().label()).append('\n')
                .append("分野：").append(expert.fieldLabels()).append('\n');
        if (!expert.profile().isBlank()) {
            text.append(expert.profile()).append('\n');
        }
        if (!expert.publicContact().isBlank()) {
            text.append("連絡先：").append(expert.publicContact()).append('\n');
        }
        text.append('\n');
        if ("LINE".equals(consultation.contactPreference())) {
            text.append("お話しする日時などは、宮崎市民活動センターの担当者が調整して、あらためてLINEでご連絡します。");
        } else {
            text.append(expert.name()).append("から、ご希望の").append(consultation.contactPreference())
                    .append("でご連絡します。しばらくお待ちください。");
        }
        return text.toString();
    }

    /** The request for the expert: never the citizen's LINE id; their contact only if they chose phone or mail. */
    static String expertText(Consultation consultation) {
        StringBuilder text = new StringBuilder("【専門家紹介のご依頼】\n")
                .append("宮崎市民活動センターから、ご相談をおつなぎします（受付番号 ").append(consultation.id())
                .append("）。\n\n")
                .append("相談：").append(consultation.topic().label()).append('\n')
                .append("分野：").append(consultation.field().label()).append('\n')
                .append("地域：").append(consultation.district() == null ? "市内全域・未定" : consultation.district())
                .append('\n')
                .append("内容：").append(consultation.description()).append("\n\n");
        if (!"LINE".equals(consultation.contactPreference()) && consultation.contact() != null
                && !consultation.contact().isBlank()) {
            text.append("ご相談者の連絡先（").append(consultation.contactPreference()).append("）：")
                    .append(consultation.contact()).append("\nご相談者へ直接ご連絡をお願いします。");
        } else {
            text.append("ご相談者はLINEでの連絡を希望しています。日程は市民活動センターから調整のご連絡をします。");
        }
        text.append("\nお引き受けが難しい場合は、市民活動センターまでお知らせください。");
        return text.toString();
    }

    private static boolean told(Delivery delivery) {
        return delivery == Delivery.SENT || delivery == Delivery.ALREADY_SENT;
    }

    private static UUID retryKey(Consultation consultation, Expert expert, String recipient) {
        return UUID.nameUUIDFromBytes(("expert-introduction\n" + consultation.id() + "\n" + expert.id() + "\n"
                + recipient).getBytes(StandardCharsets.UTF_8));
    }

    private static Introduction refused(Introduction.Reason reason, String detail) {
        return new Introduction.Refused(reason, detail);
    }
}
