package jp.miyazaki.kyodo.consultation;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccount;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.consultation.InboxQuery.StatusFilter;

/**
 * The consultation inbox as staff work in it, the same for the admin API, the console and the dashboard: the list
 * for a query and the counts beside it (each count is the length of the list that status would show), one
 * consultation read in full (personal data: audited, as a sign-up list is), assigning it to a colleague, changing
 * its state, and the language each citizen is answered in (so staff know to answer in English). Answers are
 * {@link ConsultationAnswers}.
 */
@Component
public class ConsultationInbox {

    private final Consultations consultations;
    private final StaffAccounts accounts;
    private final CitizenLanguage languages;
    private final AuditLog audit;
    private final Clock clock;

    public ConsultationInbox(Consultations consultations, StaffAccounts accounts, CitizenLanguage languages,
            AuditLog audit, ObjectProvider<Clock> clock) {
        this.consultations = consultations;
        this.accounts = accounts;
        this.languages = languages;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The consultations the query matches, newest first. */
    public List<Consultation> list(InboxQuery query) {
        return consultations.list().stream().filter(query::matches)
                .sorted(Comparator.comparing(Consultation::createdAt).reversed()).toList();
    }

    /**
     * The language ({@code ja}, {@code en}, {@code ja-easy}) each consultation's citizen is answered in, by 受付番号:
     * their choice, else their LINE profile's, else Japanese — as the bot answers them.
     */
    public Map<String, String> languages(List<Consultation> listed) {
        Map<String, String> known = languages.knownLanguages(listed.stream().map(Consultation::userId)
                .collect(Collectors.toSet()));
        Map<String, String> byId = new LinkedHashMap<>();
        listed.forEach(c -> byId.put(c.id(), known.getOrDefault(c.userId(), CitizenLanguage.JAPANESE)));
        return byId;
    }

    /** The language one consultation's citizen is answered in, as {@link #languages} gives it. */
    public String language(Consultation consultation) {
        return languages(List.of(consultation)).get(consultation.id());
    }

    /** For each of the inbox's status choices, how many the query with that status lists. */
    public Map<StatusFilter, Integer> counts(InboxQuery query) {
        List<Consultation> all = consultations.list();
        Map<StatusFilter, Integer> counts = new LinkedHashMap<>();
        for (StatusFilter choice : StatusFilter.choices()) {
            InboxQuery asked = query.withStatus(choice);
            counts.put(choice, (int) all.stream().filter(asked::matches).count());
        }
        return counts;
    }

    /** How many are 未完了 (the dashboard's figure): the length of the inbox's 未完了 list. */
    public int openCount() {
        return counts(InboxQuery.everything()).get(StatusFilter.OPEN);
    }

    /** One consultation in full, with its contact and thread, read by {@code staff}: written to the audit log. */
    public Consultation read(String id, String staff) {
        Consultation consultation = consultations.find(id).orElseThrow(() -> notFound(id));
        audit.record(staff, "consultation.view", target(id), "相談の内容と連絡先を表示", List.of());
        return consultation;
    }

    /** Gives an open consultation to a colleague; a new one becomes 対応中. */
    public Consultation assign(String id, String assignee, String staff) {
        Consultation before = consultations.find(id).orElseThrow(() -> notFound(id));
        String colleague = assignee == null ? "" : assignee.strip();
        if (accounts.find(colleague).isEmpty()) {
            throw new ConsultationRefused(ConsultationRefused.Reason.NO_SUCH_STAFF, "no such staff account");
        }
        Consultation assigned = consultations.update(id, c -> {
            if (!c.status().isOpen()) {
                throw new ConsultationRefused(ConsultationRefused.Reason.CLOSED, "the consultation is closed");
            }
            return c.withStatus(c.status() == ConsultationStatus.NEW ? ConsultationStatus.ASSIGNED : c.status(),
                    colleague, clock.instant());
        }).orElseThrow(() -> notFound(id));
        audit.record(staff, "consultation.assign", target(id), null, List.of(new AuditLog.Change("担当",
                before.assignee() == null ? "なし" : before.assignee(), colleague)));
        return assigned;
    }

    /**
     * Moves a consultation to {@code status}: back to 新規 it has nobody; taken on by {@code staff} when nobody
     * had it.
     */
    public Consultation changeStatus(String id, ConsultationStatus status, String staff) {
        Consultation before = consultations.find(id).orElseThrow(() -> notFound(id));
        Consultation changed = consultations.update(id, c -> c.withStatus(status,
                status == ConsultationStatus.NEW ? null : c.assignee() == null ? staff : c.assignee(),
                clock.instant())).orElseThrow(() -> notFound(id));
        audit.record(staff, status == ConsultationStatus.CLOSED ? "consultation.close" : "consultation.status",
                target(id), null, List.of(new AuditLog.Change("状態", before.status().label(), status.label())));
        return changed;
    }

    /** Every staff account, by name: who a consultation can be given to. */
    public List<StaffAccount> colleagues() {
        return accounts.all().stream().sorted(Comparator.comparing(StaffAccount::username)).toList();
    }

    static ConsultationRefused notFound(String id) {
        return new ConsultationRefused(ConsultationRefused.Reason.NOT_FOUND, "no such consultation: " + id);
    }

    /** Staff know a consultation by its 受付番号. */
    static AuditLog.Target target(String id) {
        return new AuditLog.Target(id, "相談 " + id);
    }
}
