package jp.miyazaki.kyodo.catalog.console;

import java.io.IOException;
import java.security.Principal;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffConsole;

/**
 * The catalog lists' 「CSVで出力」 and 「CSV・Excelから取り込む」: an upload shows a preview (every row that would be
 * written, or every problem with its row number and column) and writes nothing; only its confirm button writes, and
 * then the file is checked again (the catalog may have changed meanwhile) and written whole or not at all, through
 * {@link CatalogFiles} as the admin API's import. The preview carries the file to the confirmation in the page
 * itself, so any instance can take the confirmation.
 */
@StaffConsole
@Controller
class CatalogFilesConsoleController {

    private static final Logger log = LoggerFactory.getLogger(CatalogFilesConsoleController.class);

    private final CatalogFiles files;
    private final CatalogSheets sheets;
    private final StaffAccounts staff;

    CatalogFilesConsoleController(CatalogFiles files, CatalogSheets sheets, StaffAccounts staff) {
        this.files = files;
        this.sheets = sheets;
        this.staff = staff;
    }

    @GetMapping({"/admin/opportunities/export.csv", "/admin/grants/export.csv", "/admin/facilities/export.csv"})
    ResponseEntity<byte[]> export(HttpServletRequest request) {
        return CatalogFilesApiController.download(files, sheets.of(request));
    }

    @GetMapping({"/admin/opportunities/import", "/admin/grants/import", "/admin/facilities/import"})
    String choose(HttpServletRequest request, Model model) {
        model.addAttribute("sheet", sheets.of(request));
        return "console/catalog-import";
    }

    @PostMapping({"/admin/opportunities/import", "/admin/grants/import", "/admin/facilities/import"})
    String preview(@RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model,
            Principal who) throws IOException {
        CatalogSheet<?> sheet = sheets.of(request);
        model.addAttribute("sheet", sheet);
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "ファイルを選んでください。");
            return "console/catalog-import";
        }
        try {
            byte[] bytes = file.getBytes();
            model.addAttribute("report", files.check(sheet, bytes, staff.departmentOf(who.getName())));
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("data", Base64.getEncoder().encodeToString(bytes));
        } catch (SheetFile.Unreadable unreadable) {
            model.addAttribute("problem", "ファイルを読めませんでした：" + unreadable.getMessage());
        }
        return "console/catalog-import";
    }

    @PostMapping({"/admin/opportunities/import/confirm", "/admin/grants/import/confirm",
            "/admin/facilities/import/confirm"})
    String confirm(@RequestParam String data, @RequestParam(required = false) String fileName,
            HttpServletRequest request, Model model, Principal who, RedirectAttributes redirect) {
        CatalogSheet<?> sheet = sheets.of(request);
        model.addAttribute("sheet", sheet);
        try {
            byte[] bytes = Base64.getDecoder().decode(data);
            CatalogFiles.Report report = files.apply(sheet, bytes, fileName, staff.departmentOf(who.getName()));
            if (report.written()) {
                redirect.addFlashAttribute("notice", report.rows() + "行を取り込みました（新規" + report.created()
                        + "件、更新" + report.updated() + "件）。" + (report.citizensTold() == 0 ? ""
                                : "日時や場所が変わった活動の申し込み" + report.citizensTold() + "件の方に、LINEでお知らせしました。"));
                return "redirect:/admin/" + sheet.path();
            }
            // Checked again at the confirmation: the catalog (or the file) changed since the preview.
            model.addAttribute("report", report);
            model.addAttribute("fileName", fileName);
            model.addAttribute("data", data);
        } catch (IllegalArgumentException | SheetFile.Unreadable unreadable) {
            model.addAttribute("problem", "ファイルを読めませんでした。もう一度選び直してください。");
        } catch (CatalogFiles.NotWritten failed) {
            log.warn("a console import was not written (undone: {})", failed.undone());
            model.addAttribute("problem", failed.explanation());
        }
        return "console/catalog-import";
    }
}
