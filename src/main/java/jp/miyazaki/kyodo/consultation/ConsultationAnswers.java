package jp.miyazaki.kyodo.consultation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.line.Delivery;
import jp.miyazaki.kyodo.line.LineGateway;

/**
 * A staff answer to a consultation, pushed to the citizen on LINE (in local mode: kept for the simulator) and,
 * once LINE took it, the consultation marked answered and the answer audited. Shared by the admin API and the
 * console. The retry key is made from the consultation and the text, so sending twice reaches the citizen once.
 */
@Component
public class ConsultationAnswers {

    private final Consultations consultations;
    private final LineGateway line;
    private final AuditLog audit;
    private final Wording wording;

    public ConsultationAnswers(Consultations consultations, LineGateway line, AuditLog audit, Wording wording) {
        this.consultations = consultations;
        this.line = line;
        this.audit = audit;
        this.wording = wording;
    }

    /** Sends {@code text} to the citizen who asked; the consultation changes only when it was delivered. */
    public Delivery answer(Consultation consultation, String text) {
        UUID retryKey = UUID.nameUUIDFromBytes(("consultation-reply\n" + consultation.id() + "\n" + text)
                .getBytes(StandardCharsets.UTF_8));
        Reply answer = Reply.of(new Reply.Text(wording.text("consultation.answer", Map.of("reference",
                consultation.id(), "answer", text))));
        Delivery delivery = line.push(consultation.userId(), answer, retryKey);
        if (delivered(delivery)) {
            consultations.changeStatus(consultation.id(), ConsultationStatus.ANSWERED, null);
            audit.record("consultation.reply", new AuditLog.Target(consultation.id(), "相談 " + consultation.id()),
                    "回答（" + text.length() + "文字）をLINEで送信", List.of());
        }
        return delivery;
    }

    public static boolean delivered(Delivery delivery) {
        return delivery == Delivery.SENT || delivery == Delivery.ALREADY_SENT;
    }
}
