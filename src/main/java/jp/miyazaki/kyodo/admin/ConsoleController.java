package jp.miyazaki.kyodo.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's sign-in page and its front page. The full console (dashboard, catalog, broadcast composer) is
 * built on top of this; these pages exist so sign-in, session and CSRF protection work end to end.
 */
@RestController
public class ConsoleController {

    @GetMapping(value = "/admin/login", produces = MediaType.TEXT_HTML_VALUE)
    public String login(HttpServletRequest request, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout) {
        String notice = error != null ? "<p role=\"alert\">ユーザー名かパスワードが違います。続けて失敗すると、しばらく"
                + "ログインできなくなります。</p>" : logout != null ? "<p>ログアウトしました。</p>" : "";
        return page("ログイン", notice + """
                <form method="post" action="/admin/login">
                  <label>ユーザー名 <input name="username" autocomplete="username" required></label>
                  <label>パスワード <input name="password" type="password" autocomplete="current-password" required></label>
                  %s
                  <button type="submit">ログイン</button>
                </form>""".formatted(csrfField(request)));
    }

    @GetMapping(value = "/admin", produces = MediaType.TEXT_HTML_VALUE)
    public String home(HttpServletRequest request, Principal staff) {
        return page("スタッフコンソール", """
                <p>%s さんとしてログインしています。</p>
                <form method="post" action="/admin/logout">%s<button type="submit">ログアウト</button></form>"""
                .formatted(HtmlUtils.htmlEscape(staff.getName()), csrfField(request)));
    }

    private static String csrfField(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "" : "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                .formatted(HtmlUtils.htmlEscape(token.getParameterName()), HtmlUtils.htmlEscape(token.getToken()));
    }

    private static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="ja"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s | 協働ボット</title></head>
                <body><h1>%s</h1>%s</body></html>""".formatted(title, title, body);
    }
}
