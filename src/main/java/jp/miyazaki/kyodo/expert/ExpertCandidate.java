package jp.miyazaki.kyodo.expert;

/**
 * An expert proposed for a consultation.
 *
 * @param fit    2 = covers the group's district by name, 1 = covers the whole city, 0 = works elsewhere
 * @param linked whether the expert's LINE account is linked, so the bot can tell them
 * @param reason why, in a few words for staff (会計・税務に対応、清武を担当、LINE連携済み)
 */
public record ExpertCandidate(Expert expert, int fit, boolean linked, String reason) {
}
