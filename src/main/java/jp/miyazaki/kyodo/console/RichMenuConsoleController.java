package jp.miyazaki.kyodo.console;

import java.io.IOException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.richmenu.RichMenuDefinition;
import jp.miyazaki.kyodo.richmenu.RichMenuInstaller;

/** The rich menu page: the drawn image, the areas, and one button to install it (optionally with an upload). */
@Controller
class RichMenuConsoleController {

    private final RichMenuDefinition definition;
    private final RichMenuInstaller installer;

    RichMenuConsoleController(RichMenuDefinition definition, RichMenuInstaller installer) {
        this.definition = definition;
        this.installer = installer;
    }

    @GetMapping("/admin/rich-menu")
    String page(Model model) {
        model.addAttribute("layout", definition.layout());
        model.addAttribute("available", installer.available());
        return "console/rich-menu";
    }

    @GetMapping("/admin/rich-menu/image.png")
    ResponseEntity<byte[]> image() {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(definition.png());
    }

    @PostMapping("/admin/rich-menu/install")
    String install(@RequestParam(required = false) MultipartFile image, RedirectAttributes redirect)
            throws IOException {
        try {
            String id = image == null || image.isEmpty() ? installer.installRendered()
                    : installer.installUploaded(image.getBytes());
            redirect.addFlashAttribute("notice", "リッチメニューを設定しました（" + id + "）。");
        } catch (IllegalArgumentException | RichMenuInstaller.RichMenuUnavailable
                | RichMenuInstaller.RichMenuInstallFailed e) {
            redirect.addFlashAttribute("notice", "設定できませんでした：" + e.getMessage());
        }
        return "redirect:/admin/rich-menu";
    }
}
