package jp.miyazaki.kyodo.console;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import jp.miyazaki.kyodo.admin.OtherDepartmentsItem;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.admin.StaffRole;

/**
 * Errors inside the console (403, 404, 500 and any other) as a Japanese page in the console's layout, with the
 * navigation when someone is signed in, instead of the servlet container's English page. Other paths keep
 * Spring Boot's handling (the admin API answers problem JSON; this resolver only sees browsers asking for HTML).
 */
@ControllerAdvice(basePackageClasses = ConsoleErrorPages.class, annotations = StaffConsole.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrorPages implements ErrorViewResolver {

    private final StaffAccounts accounts;

    ConsoleErrorPages(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * A console page's "no such item" (or any status it raises) goes to the error page too when a browser asks for
     * a page; without this, Spring's problem-details handler would answer it with JSON. The console's scripts
     * (fetch) still get problem JSON.
     */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException refused, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (wantsPage(request)) {
            response.sendError(refused.getStatusCode().value());
            return null;
        }
        return ResponseEntity.status(refused.getStatusCode()).body(refused.getBody());
    }

    /** Another department's item: the 403 page says whose it is and whom to ask, not that it is for admins. */
    @ExceptionHandler(OtherDepartmentsItem.class)
    ModelAndView otherDepartment(OtherDepartmentsItem refused, HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN, new ErrorText("ほかの部署が担当する項目です", refused.explanation()));
    }

    /** A browser asking for a page, not a script asking for data. */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    static boolean isConsole(String path) {
        return path != null && (path.equals("/admin") || path.startsWith("/admin/"));
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!(model.get("path") instanceof String path) || !isConsole(path)) {
            return null;
        }
        return page(request, status, ErrorText.of(status));
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, ErrorText text) {
        ModelAndView page = new ModelAndView("console/error", status);
        page.addObject("status", status.value());
        page.addObject("error", text);
        Authentication staff = signedIn(request);
        page.addObject("staffName", staff == null ? null : staff.getName());
        page.addObject("staffDepartment", staff == null ? null : accounts.departmentOf(staff.getName()));
        page.addObject("staffIsAdmin", staff != null && staff.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + StaffRole.ADMIN.name())));
        return page;
    }

    /**
     * Who is signed in, from the console's session: the error dispatch passes through the stateless catch-all
     * security chain, which does not load it.
     */
    private static Authentication signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication staff = context instanceof SecurityContext security ? security.getAuthentication() : null;
        return staff != null && staff.isAuthenticated() ? staff : null;
    }

    /** What the error page says: a heading and what staff can do about it. */
    record ErrorText(String title, String advice) {

        static ErrorText of(HttpStatus status) {
            return switch (status) {
                case FORBIDDEN -> new ErrorText("このページを開く権限がありません",
                        "このページや操作は管理者だけが使えます。または、画面を開いてから時間がたったため受け付けられません"
                                + "でした。画面を開き直してもう一度お試しいただき、続くときは管理者の方に依頼してください。");
                case NOT_FOUND -> new ErrorText("ページが見つかりません",
                        "お探しのページ（または活動・補助金などの項目）は見つかりませんでした。削除されたか、アドレスが"
                                + "間違っている可能性があります。");
                case INTERNAL_SERVER_ERROR -> new ErrorText("エラーが発生しました",
                        "処理の途中で問題が起きました。少し時間をおいて、もう一度お試しください。続くときはシステム担当者に"
                                + "お知らせください。");
                default -> new ErrorText("この操作を処理できませんでした",
                        "入力した内容やアドレスを確かめて、もう一度お試しください。");
            };
        }
    }
}
