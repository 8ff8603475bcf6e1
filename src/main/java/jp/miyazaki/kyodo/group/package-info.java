/**
 * The directory of citizens' groups (市民活動団体, 地域まちづくり推進委員会, NPOs, businesses): citizens find a group by
 * chat and ask to join it; a group's leaders, once their LINE account is linked to the group with a staff-issued
 * code, post member recruitments (published as opportunities after staff approval), see their sign-ups and the
 * grants their group can use. Only public fields of a group are stored; join requests are the citizen's data.
 */
package jp.miyazaki.kyodo.group;
