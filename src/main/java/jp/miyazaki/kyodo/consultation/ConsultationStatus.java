package jp.miyazaki.kyodo.consultation;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/**
 * Where a consultation request stands for staff, with the word staff read for it (in
 * {@code dialogs/messages/consultation.yml}); {@code MATCHED} = an expert was
 * introduced (専門家紹介済み). Every state but {@code CLOSED} is still to be done (未完了): an answered request may
 * get a reply from the citizen, a matched one still needs following up.
 */
public enum ConsultationStatus implements Labelled {
    NEW, ASSIGNED, ANSWERED, MATCHED, CLOSED;

    /** Not yet 完了: counted on the dashboard as 未完了 and listed under it in the inbox. */
    public boolean isOpen() {
        return this != CLOSED;
    }

    public static Optional<ConsultationStatus> parse(String text) {
        return Labelled.parse(ConsultationStatus.class, text);
    }
}
