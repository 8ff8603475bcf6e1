/**
 * Expert matching: a registry of experts and supporting businesses (会計, 法務, IT, 広報, 資金調達, デザイン) with
 * the fields and districts they help in; a consultation that needs an expert gets ranked candidates, staff
 * confirm one, and the citizen and (if their LINE account is linked) the expert are told on LINE.
 */
package jp.miyazaki.kyodo.expert;
