package jp.miyazaki.kyodo.consultation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;

/**
 * A staff answer to a consultation, pushed to the citizen on LINE (in local mode: kept for the simulator) and,
 * once LINE took it, kept in the consultation's thread, the consultation marked answered and the answer audited.
 * Shared by the admin API and the console, with the same refusals. The retry key is made from the consultation and
 * the text, so sending twice reaches the citizen once (and the thread shows it once). The heading around the staff's
 * answer is in the citizen's language.
 */
@Component
public class ConsultationAnswers {

    /** Short enough to read on a phone in one LINE bubble, with the heading that names the 受付番号. */
    public static final int MAX_ANSWER = 500;

    private final Consultations consultations;
    private final LineGateway line;
    private final AuditLog audit;
    private final Wording wording;
    private final CitizenLanguage languages;

    public ConsultationAnswers(Consultations consultations, LineGateway line, AuditLog audit, Wording wording,
            CitizenLanguage languages) {
        this.consultations = consultations;
        this.line = line;
        this.audit = audit;
        this.wording = wording;
        this.languages = languages;
    }

    /**
     * Sends {@code text} from {@code staff} to the citizen who asked; the consultation changes only when it was
     * delivered. Refuses an unknown consultation, then an empty or too long answer, then a closed consultation.
     */
    public Answered answer(String id, String staff, String text) {
        Consultation consultation = consultations.find(id).orElseThrow(() -> ConsultationInbox.notFound(id));
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw new ConsultationRefused(ConsultationRefused.Reason.EMPTY_ANSWER, "the answer is empty");
        }
        if (answer.codePointCount(0, answer.length()) > MAX_ANSWER) {
            throw new ConsultationRefused(ConsultationRefused.Reason.ANSWER_TOO_LONG,
                    "the answer is longer than " + MAX_ANSWER + " characters");
        }
        if (!consultation.status().isOpen()) {
            throw new ConsultationRefused(ConsultationRefused.Reason.CLOSED, "the consultation is closed");
        }
        UUID retryKey = UUID.nameUUIDFromBytes(("consultation-reply\n" + id + "\n" + answer)
                .getBytes(StandardCharsets.UTF_8));
        String language = languages.forNotice(consultation.userId());
        Reply reply = Reply.of(new Reply.Text(wording.text(language, "consultation.answer", Map.of("reference", id,
                "answer", answer))));
        Delivery delivery = line.push(consultation.userId(), reply, retryKey);
        if (!delivered(delivery)) {
            return new Answered(delivery, consultation);
        }
        Consultation answered = consultations.recordAnswer(id, staff, answer).orElse(consultation);
        audit.record(staff, "consultation.reply", ConsultationInbox.target(id), "回答（" + answer.length() + "文字）をLINEで送信",
                List.of());
        return new Answered(delivery, answered);
    }

    public static boolean delivered(Delivery delivery) {
        return delivery == Delivery.SENT || delivery == Delivery.ALREADY_SENT;
    }

    /** What LINE said, and the consultation after it (unchanged when LINE did not take the answer). */
    public record Answered(Delivery delivery, Consultation consultation) {

        public boolean delivered() {
            return ConsultationAnswers.delivered(delivery);
        }
    }
}
