package jp.miyazaki.kyodo.richmenu;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jp.miyazaki.kyodo.admin.AdminOnly;

/**
 * {@code POST /api/admin/rich-menu/install}: installs the menu of {@code dialogs/rich-menu.yml} as every
 * citizen's default, with the drawn image, or with the PNG or JPEG sent as the body. Admins only: the menu is what
 * every citizen sees.
 */
@RestController
public class RichMenuController {

    private final RichMenuInstaller installer;

    public RichMenuController(RichMenuInstaller installer) {
        this.installer = installer;
    }

    @AdminOnly
    @PostMapping("/api/admin/rich-menu/install")
    public ResponseEntity<Installed> install(@RequestBody(required = false) byte[] image) {
        String id = image == null || image.length == 0 ? installer.installRendered() : installer.installUploaded(image);
        return ResponseEntity.ok(new Installed(id));
    }

    @ExceptionHandler(RichMenuInstaller.RichMenuUnavailable.class)
    ProblemDetail unavailable(RichMenuInstaller.RichMenuUnavailable e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(RichMenuInstaller.RichMenuInstallFailed.class)
    ProblemDetail failed(RichMenuInstaller.RichMenuInstallFailed e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** The id LINE gave the installed menu. */
    public record Installed(String richMenuId) {
    }

}
