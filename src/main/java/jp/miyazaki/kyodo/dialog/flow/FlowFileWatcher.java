package jp.miyazaki.kyodo.dialog.flow;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Reloads the flows and messages when a file in {@code dialogs/flows}, {@code dialogs/messages} (or
 * {@code intents.yml}) changes, when
 * {@code kyodo.dialog.watch} is on. A reload with problems keeps the flows in use and logs the problems. Each reload
 * is announced as {@link FlowsReloaded}, so the other instances can read their files too.
 */
public final class FlowFileWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FlowFileWatcher.class);

    private final FlowRegistry registry;
    private final boolean enabled;
    private final ApplicationEventPublisher events;
    private volatile WatchService watchService;
    private volatile Thread thread;

    public FlowFileWatcher(FlowRegistry registry, boolean enabled, ApplicationEventPublisher events) {
        this.registry = registry;
        this.enabled = enabled;
        this.events = events;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            Path dir = registry.dialogsDir();
            for (Path watched : new Path[] {dir, dir.resolve("flows"), dir.resolve("messages")}) {
                if (!Files.isDirectory(watched)) {
                    continue;
                }
                watched.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            log.warn("Cannot watch the dialog files; reload them through the admin endpoint", e);
            return;
        }
        thread = new Thread(this::watch, "flow-file-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                // Editors write a file in several events; let them settle before reading.
                Thread.sleep(300);
                key.pollEvents();
                key.reset();
                events.publishEvent(new FlowsReloaded(registry.reload()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            log.debug("Stopped watching the dialog files");
        }
    }

    @Override
    public void stop() {
        WatchService service = watchService;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                log.debug("Closing the file watcher failed", e);
            }
        }
        watchService = null;
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
