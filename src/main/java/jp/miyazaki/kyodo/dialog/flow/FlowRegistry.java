package jp.miyazaki.kyodo.dialog.flow;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flows in use. Built at start-up (invalid files stop the application with every problem listed) and
 * reloaded on demand; a reload with problems keeps the flows in use.
 */
public final class FlowRegistry {

    private static final Logger log = LoggerFactory.getLogger(FlowRegistry.class);

    private final Path dialogsDir;
    private final Set<String> actionNames;
    private final FlowLoader loader;
    private volatile FlowSet current;

    public FlowRegistry(Path dialogsDir, Set<String> actionNames, FlowLoader loader) {
        this.dialogsDir = dialogsDir;
        this.actionNames = Set.copyOf(actionNames);
        this.loader = loader;
        this.current = loader.load(dialogsDir, Optional.of(this.actionNames));
        log.info("Loaded {} dialog flows from {}", current.all().size(), dialogsDir);
    }

    public FlowSet current() {
        return current;
    }

    public Path dialogsDir() {
        return dialogsDir;
    }

    /** Reads the files again; the new flows replace the old ones only when they have no problems. */
    public ReloadResult reload() {
        try {
            FlowSet loaded = loader.load(dialogsDir, Optional.of(actionNames));
            current = loaded;
            log.info("Reloaded {} dialog flows", loaded.all().size());
            return new ReloadResult(true, loaded.all().size(), List.of());
        } catch (InvalidFlowsException e) {
            log.warn("Kept the flows in use; the edited files have {} problems:\n{}", e.problems().size(),
                    e.getMessage());
            return new ReloadResult(false, current.all().size(), e.problems().stream().map(Problem::toString)
                    .toList());
        }
    }

    /** What a reload did: whether the new files are in use, how many flows are, and what was wrong. */
    public record ReloadResult(boolean applied, int flows, List<String> problems) {
        public ReloadResult {
            problems = List.copyOf(problems);
        }
    }
}
