package jp.miyazaki.kyodo.richmenu;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * The rich menu page: the drawn image and the areas, whose labels admins change here; installing it (optionally
 * with an uploaded image) replaces every friend's menu, so it happens from a confirmation page that says so. A refusal is shown as an error, in
 * Japanese; LINE's own words go to the log.
 */
@Controller
@StaffConsole
class RichMenuConsoleController {

    private static final Logger log = LoggerFactory.getLogger(RichMenuConsoleController.class);

    private final RichMenuDefinition definition;
    private final RichMenuInstaller installer;
    private final RichMenuLabels labels;

    RichMenuConsoleController(RichMenuDefinition definition, RichMenuInstaller installer, RichMenuLabels labels) {
        this.definition = definition;
        this.installer = installer;
        this.labels = labels;
    }

    @GetMapping("/admin/rich-menu")
    String page(Model model) {
        return page(model, null);
    }

    /** Saves the areas' labels (admins only); a refused label brings the form back with what was entered. */
    @PostMapping("/admin/rich-menu/labels")
    String changeLabels(@RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<String> entered = form.get("label");
        try {
            labels.change(entered);
        } catch (RichMenuLabels.LabelRefused refused) {
            model.addAttribute("problem", "保存できませんでした：" + refused.getMessage());
            return page(model, entered);
        }
        redirect.addFlashAttribute("notice", "ラベルを保存しました。友だちのメニューは、「全員のメニューとして設定する」で"
                + "設定するまで前のままです。");
        return "redirect:/admin/rich-menu";
    }

    private String page(Model model, List<String> entered) {
        RichMenuLayout layout = definition.layout();
        model.addAttribute("layout", layout);
        model.addAttribute("fromFile", labels.fromFile());
        model.addAttribute("entered", entered != null && entered.size() == layout.areas().size() ? entered
                : layout.areas().stream().map(MenuArea::label).toList());
        model.addAttribute("positions", RichMenuLabels.POSITIONS);
        model.addAttribute("labelLength", LineLimits.ACTION_LABEL_LENGTH);
        model.addAttribute("available", installer.available());
        return "console/rich-menu";
    }

    @GetMapping("/admin/rich-menu/image.png")
    ResponseEntity<byte[]> image() {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(definition.png());
    }

    /** What installing does, said before it is done; the form that installs lives here (admins only). */
    @GetMapping("/admin/rich-menu/install")
    String confirmInstall(Model model) {
        model.addAttribute("layout", definition.layout());
        model.addAttribute("available", installer.available());
        return "console/rich-menu-install";
    }

    @PostMapping("/admin/rich-menu/install")
    String install(@RequestParam(required = false) MultipartFile image, RedirectAttributes redirect)
            throws IOException {
        try {
            if (image == null || image.isEmpty()) {
                installer.installRendered();
            } else {
                installer.installUploaded(image.getBytes());
            }
            redirect.addFlashAttribute("notice", "リッチメニューを設定しました。友だち全員のメニューが新しくなりました。");
            return "redirect:/admin/rich-menu";
        } catch (IllegalArgumentException unfit) {
            redirect.addFlashAttribute("problem", "設定できませんでした：" + unfit.getMessage());
        } catch (RichMenuInstaller.RichMenuUnavailable e) {
            redirect.addFlashAttribute("problem", "LINEのチャネルが設定されていない（ローカルモード）ため、設定できません"
                    + "でした。");
        } catch (RichMenuInstaller.RichMenuInstallFailed e) {
            log.warn("the console's rich menu install failed", e);
            redirect.addFlashAttribute("problem", "LINEがリッチメニューを受け付けなかったため、設定できませんでした。"
                    + "メニューは前のままです。少し時間をおいてもう一度お試しいただき、続くときはシステム担当者に"
                    + "お知らせください。");
        }
        return "redirect:/admin/rich-menu/install";
    }
}
