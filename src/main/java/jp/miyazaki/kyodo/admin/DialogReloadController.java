package jp.miyazaki.kyodo.admin;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jp.miyazaki.kyodo.dialog.flow.FlowRegistry;
import jp.miyazaki.kyodo.dialog.flow.FlowsReloaded;

/**
 * Staff edit the files in {@code dialogs/flows} and apply them here without a restart. Files with problems are
 * refused with every problem as {@code file:line: reason}, and the flows in use stay. The other instances read
 * their files again within seconds ({@link SharedDialogReloads}).
 */
@StaffApi
@RestController
public class DialogReloadController {

    private final FlowRegistry flows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public DialogReloadController(FlowRegistry flows, AuditLog audit, ApplicationEventPublisher events) {
        this.flows = flows;
        this.audit = audit;
        this.events = events;
    }

    @PostMapping("/api/admin/dialogs/reload")
    public ResponseEntity<FlowRegistry.ReloadResult> reload() {
        FlowRegistry.ReloadResult result = flows.reload();
        events.publishEvent(new FlowsReloaded(result));
        audit.record("dialogs.reload", new AuditLog.Target("dialogs/flows", "会話の設定"), result.applied()
                ? result.flows() + "件の会話を読み込み" : "問題が" + result.problems().size() + "件あり、読み込みませんでした", List.of());
        return ResponseEntity.status(result.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }
}
