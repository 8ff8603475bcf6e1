/** Consultation requests from citizens' groups to the 市民活動センター, and their status for staff. */
package jp.miyazaki.kyodo.consultation;
