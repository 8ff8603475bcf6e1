package jp.miyazaki.kyodo.consultation;

/** Where a consultation request stands for staff; {@code MATCHED} = an expert was introduced (専門家紹介済み). */
public enum ConsultationStatus {
    NEW, ASSIGNED, ANSWERED, MATCHED, CLOSED
}
