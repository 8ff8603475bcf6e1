package jp.miyazaki.kyodo.richmenu;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuSize;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.admin.AuditLog;

/**
 * Installs the menu on the channel in LINE's three steps: create it, upload its image to the data endpoint, make
 * it every citizen's default. A failed step leaves the previous default menu in place.
 */
@Component
public class RichMenuInstaller {

    private static final Logger log = LoggerFactory.getLogger(RichMenuInstaller.class);

    private final ObjectProvider<MessagingApiClient> messaging;
    private final ObjectProvider<MessagingApiBlobClient> blobs;
    private final RichMenuDefinition definition;
    private final AuditLog audit;

    public RichMenuInstaller(ObjectProvider<MessagingApiClient> messaging,
            ObjectProvider<MessagingApiBlobClient> blobs, RichMenuDefinition definition, AuditLog audit) {
        this.messaging = messaging;
        this.blobs = blobs;
        this.definition = definition;
        this.audit = audit;
    }

    /** Whether a LINE channel is configured (not in local mode). */
    public boolean available() {
        return messaging.getIfAvailable() != null && blobs.getIfAvailable() != null;
    }

    /** Installs the defined menu with its drawn image. */
    public String installRendered() {
        return install(definition.png(), "image/png", "rendered");
    }

    /** Installs the defined menu with an image staff uploaded (checked against LINE's rules first). */
    public String installUploaded(byte[] image) {
        return install(image, RichMenuImage.checkUploaded(image), "uploaded");
    }

    private String install(byte[] image, String contentType, String source) {
        MessagingApiClient api = messaging.getIfAvailable();
        MessagingApiBlobClient data = blobs.getIfAvailable();
        if (api == null || data == null) {
            throw new RichMenuUnavailable();
        }
        RichMenuLayout layout = definition.layout();
        String id = await(api.createRichMenu(request(layout))).richMenuId();
        await(data.setRichMenuImage(id, UploadFile.fromByteArray(image, contentType)));
        await(api.setDefaultRichMenu(id));
        log.info("rich menu {} installed as the default ({} image, {} bytes)", id, source, image.length);
        audit.record("richmenu.install", new AuditLog.Target(id, "すべての友だちのメニュー"),
                source.equals("uploaded") ? "アップロードした画像" : "標準の画像", List.of());
        return id;
    }

    static RichMenuRequest request(RichMenuLayout layout) {
        return new RichMenuRequest(new RichMenuSize((long) RichMenuLayout.WIDTH, (long) RichMenuLayout.HEIGHT),
                true, layout.name(), layout.chatBarText(),
                java.util.stream.IntStream.range(0, layout.areas().size()).mapToObj(i -> {
                    RichMenuLayout.Cell cell = layout.cell(i);
                    return new RichMenuArea(new RichMenuBounds((long) cell.x(), (long) cell.y(),
                            (long) cell.width(), (long) cell.height()), action(layout.areas().get(i)));
                }).toList());
    }

    private static Action action(MenuArea area) {
        return area.sendsPostback()
                ? new PostbackAction(area.label(), area.postback(), area.displayText(), null, null, null)
                : new MessageAction(area.label(), area.text());
    }

    private static <T> T await(Future<com.linecorp.bot.client.base.Result<T>> call) {
        try {
            return call.get().body();
        } catch (ExecutionException e) {
            throw new RichMenuInstallFailed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RichMenuInstallFailed(e);
        }
    }

    /** No LINE channel is configured (local mode), so there is nowhere to install. */
    public static final class RichMenuUnavailable extends RuntimeException {
        RichMenuUnavailable() {
            super("no LINE channel is configured (local mode)");
        }
    }

    /** LINE refused or did not answer one of the steps. */
    public static final class RichMenuInstallFailed extends RuntimeException {
        RichMenuInstallFailed(Throwable cause) {
            super("LINE did not accept the rich menu: " + cause.getMessage(), cause);
        }
    }
}
