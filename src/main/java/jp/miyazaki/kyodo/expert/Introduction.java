package jp.miyazaki.kyodo.expert;

import jp.miyazaki.kyodo.consultation.Consultation;

/** What confirming an expert for a consultation did. */
public sealed interface Introduction {

    /**
     * The consultation now records the expert.
     *
     * @param citizenTold  LINE accepted the message to the citizen
     * @param expertLinked the expert's LINE account is linked
     * @param expertTold   LINE accepted the message to (at least one of) the expert's linked accounts; when it did
     *                     not, staff must tell them by phone or e-mail ({@link Expert#staffContact()})
     */
    record Made(Consultation consultation, Expert expert, boolean citizenTold, boolean expertLinked,
            boolean expertTold) implements Introduction {

        /** Staff must reach the expert themselves: not linked, or LINE did not take the message. */
        public boolean staffMustTellExpert() {
            return !expertTold;
        }

        /** Who was told how, in a sentence for staff. */
        public String staffSummary() {
            String citizen = citizenTold ? "相談者にはLINEでお知らせしました。"
                    : "相談者へのLINEが届かなかったため、相談者にご連絡ください。";
            String expertPart = expertTold ? "専門家にもLINEでお知らせしました。"
                    : (expertLinked ? "専門家へのLINEが届かなかったため" : "専門家はLINE未連携のため")
                            + "、電話かメールでお伝えください（" + (expert.staffContact().isBlank() ? "連絡先未登録"
                                    : expert.staffContact()) + "）。";
            return "相談 " + consultation.id() + " を「" + expert.name() + "」に依頼しました。" + citizen + expertPart;
        }
    }

    /** Nothing changed and nobody was told. */
    record Refused(Reason reason, String detail) implements Introduction {
    }

    /** Why an introduction was refused. */
    enum Reason {
        NO_SUCH_CONSULTATION, NO_SUCH_EXPERT, ALREADY_MATCHED, CLOSED, NO_FIELD, FIELD_NOT_COVERED
    }
}
