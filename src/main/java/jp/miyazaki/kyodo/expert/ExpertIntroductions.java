package jp.miyazaki.kyodo.expert;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;

/**
 * Staff confirm an expert for a consultation: the consultation records the match (専門家紹介済み), the citizen is
 * told who the expert is and what happens next, and the expert, when linked, gets the request on LINE. The
 * citizen's LINE id never leaves the consultation; the expert sees the citizen's phone or e-mail only when the
 * citizen chose to be answered that way. Pushes carry retry keys per consultation, expert and recipient, so a
 * retried request reaches nobody twice. Each is told in their own language ({@link CitizenLanguage#forNotice}). A confirmed introduction is audited here, for the admin API and the console
 * alike.
 */
public class ExpertIntroductions {

    private final Consultations consultations;
    private final Experts experts;
    private final LineGateway line;
    private final Wording wording;
    private final AuditLog audit;
    private final CitizenLanguage languages;

    public ExpertIntroductions(Consultations consultations, Experts experts, LineGateway line, Wording wording,
            AuditLog audit, CitizenLanguage languages) {
        this.consultations = consultations;
        this.experts = experts;
        this.line = line;
        this.wording = wording;
        this.audit = audit;
        this.languages = languages;
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
                Reply.of(new Reply.Text(citizenText(wording.in(languages.forNotice(consultation.userId())),
                        consultation, expert.get()))),
                retryKey(consultation, expert.get(), "citizen")));
        Set<String> expertUsers = experts.linkedUsers(expert.get().id());
        boolean expertTold = false;
        for (String user : expertUsers) {
            expertTold |= told(line.push(user, Reply.of(new Reply.Text(expertText(wording.in(languages.forNotice(user)),
                    consultation))),
                    retryKey(consultation, expert.get(), user)));
        }
        audit.record("consultation.expert-match", new AuditLog.Target(consultation.id(), "相談 " + consultation.id()),
                "専門家「" + expert.get().name() + "」を紹介（" + (expertTold ? "専門家にLINEで連絡済み" : "専門家への連絡は職員から")
                        + "）", List.of());
        return new Introduction.Made(matched.get(), expert.get(), citizenTold, !expertUsers.isEmpty(), expertTold);
    }

    /**
     * Polite, who the expert is and what happens next, in the wording's language; only the contact the expert agreed
     * to make public.
     */
    static String citizenText(Wording wording, Consultation consultation, Expert expert) {
        String fields = String.join(wording.text("common.separator"), expert.fields().stream()
                .map(field -> field.label(wording.language())).toList());
        List<String> lines = new ArrayList<>(List.of(wording.text("expert.citizen-introduction", Map.of(
                "reference", consultation.id(), "name", expert.name(), "kind", expert.kind().label(wording.language()),
                "fields", fields))));
        if (!expert.profile().isBlank()) {
            lines.add(expert.profile());
        }
        if (!expert.publicContact().isBlank()) {
            lines.add(wording.text("expert.citizen-contact", Map.of("contact", expert.publicContact())));
        }
        lines.add("");
        lines.add("LINE".equals(consultation.contactPreference()) ? wording.text("expert.citizen-next-by-line")
                : wording.text("expert.citizen-next", Map.of("name", expert.name(), "preference",
                        consultation.contactPreferenceIn(wording))));
        return String.join("\n", lines);
    }

    /**
     * The request for the expert, in the wording's language: never the citizen's LINE id; their contact only if they
     * chose phone or mail.
     */
    static String expertText(Wording wording, Consultation consultation) {
        String request = wording.text("expert.request", Map.of("reference", consultation.id(),
                "topic", consultation.topic().label(wording.language()),
                "field", consultation.field().label(wording.language()),
                "district", consultation.district() == null ? wording.text("expert.request-district-unknown")
                        : consultation.district(),
                "description", consultation.description()));
        String contact = !"LINE".equals(consultation.contactPreference()) && consultation.contact() != null
                && !consultation.contact().isBlank()
                        ? wording.text("expert.request-contact", Map.of("preference",
                                consultation.contactPreferenceIn(wording), "contact", consultation.contact()))
                        : wording.text("expert.request-by-line");
        return request + "\n\n" + contact + "\n" + wording.text("expert.request-decline");
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
