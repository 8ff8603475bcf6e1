package jp.miyazaki.kyodo.consultation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What staff look for in the inbox: the states shown ({@link StatusFilter}), whose requests ({@code assignee}: a
 * staff username, {@link #UNASSIGNED} for the ones nobody has taken, {@code null} for anyone's) and words
 * ({@code text}: part of the 受付番号, of what the citizen wrote or of an answer; {@code null} for any).
 */
public record InboxQuery(StatusFilter status, String assignee, String text) {

    /** The assignee filter for requests nobody has taken yet. */
    public static final String UNASSIGNED = "none";

    public InboxQuery {
        status = status == null ? StatusFilter.ALL : status;
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static InboxQuery everything() {
        return new InboxQuery(StatusFilter.ALL, null, null);
    }

    /** The same words and assignee, another status: what a status's count in the inbox counts. */
    public InboxQuery withStatus(StatusFilter other) {
        return new InboxQuery(other, assignee, text);
    }

    public boolean matches(Consultation consultation) {
        return status.admits(consultation.status()) && assigneeMatches(consultation.assignee())
                && (text == null || says(consultation, text));
    }

    private boolean assigneeMatches(String actual) {
        return assignee == null || (UNASSIGNED.equals(assignee) ? actual == null : assignee.equals(actual));
    }

    /** Full-width letters and digits as typed on a Japanese keyboard (Ｃ０００００１) match too, in any case. */
    private static boolean says(Consultation consultation, String words) {
        String wanted = folded(words);
        return folded(consultation.id()).contains(wanted) || consultation.thread().stream()
                .anyMatch(message -> message.text() != null && folded(message.text()).contains(wanted));
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * A choice of states: 未完了 (every state but 完了), one state, or すべて. {@code id} is what the API and the
     * console's address take ({@code open}, {@code all}, or a state's id such as {@code answered}).
     */
    public record StatusFilter(String id, String label, Set<ConsultationStatus> statuses) {

        public static final StatusFilter OPEN = new StatusFilter("open", "未完了", EnumSet.complementOf(
                EnumSet.of(ConsultationStatus.CLOSED)));
        public static final StatusFilter ALL = new StatusFilter("all", "すべて",
                EnumSet.allOf(ConsultationStatus.class));

        /** The API's pattern for {@code status}. */
        public static final String IDS = "(?i)open|all|new|assigned|answered|matched|closed";

        public StatusFilter {
            statuses = Set.copyOf(statuses);
        }

        public static StatusFilter of(ConsultationStatus status) {
            return new StatusFilter(status.id(), status.label(), EnumSet.of(status));
        }

        /** 未完了, each state in order, すべて: the inbox's tabs. */
        public static List<StatusFilter> choices() {
            List<StatusFilter> choices = new ArrayList<>(List.of(OPEN));
            for (ConsultationStatus status : ConsultationStatus.values()) {
                choices.add(of(status));
            }
            choices.add(ALL);
            return List.copyOf(choices);
        }

        public static Optional<StatusFilter> parse(String id) {
            return choices().stream().filter(choice -> choice.id().equalsIgnoreCase(id == null ? "" : id.strip()))
                    .findFirst();
        }

        public boolean admits(ConsultationStatus status) {
            return statuses.contains(status);
        }
    }
}
