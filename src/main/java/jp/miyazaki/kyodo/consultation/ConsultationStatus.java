package jp.miyazaki.kyodo.consultation;

/** Where a consultation request stands for staff. */
public enum ConsultationStatus {
    NEW, ASSIGNED, ANSWERED, CLOSED
}
