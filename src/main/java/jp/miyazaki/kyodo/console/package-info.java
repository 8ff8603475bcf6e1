/**
 * The staff console at {@code /admin}: server-rendered Japanese pages (Thymeleaf) over the domain services —
 * dashboard, sign-ups with CSV, consultations, broadcasts, rich menu and the audit log. The catalog's pages live
 * in the catalog module and get this module's page model and error pages
 * ({@link jp.miyazaki.kyodo.admin.StaffConsole}). Sign-in, session and CSRF come from the console's security
 * chain in {@code admin}.
 */
package jp.miyazaki.kyodo.console;
