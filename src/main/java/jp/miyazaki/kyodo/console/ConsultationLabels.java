package jp.miyazaki.kyodo.console;

import jp.miyazaki.kyodo.consultation.ConsultationStatus;

/** Japanese names of consultation states, as staff read them. */
final class ConsultationLabels {

    private ConsultationLabels() {
    }

    static String status(ConsultationStatus status) {
        return switch (status) {
            case NEW -> "新規";
            case ASSIGNED -> "対応中";
            case ANSWERED -> "回答済み";
            case MATCHED -> "専門家紹介済み";
            case CLOSED -> "完了";
        };
    }
}
