package jp.miyazaki.kyodo.dialog.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.NamedInterface;

/**
 * The flows in use, and with them the messages of {@code dialogs/messages}. Built at start-up (invalid files stop
 * the application with every problem listed) and reloaded on demand; a reload with problems in either keeps
 * both in use.
 */
@NamedInterface("flow")
public final class FlowRegistry {

    private static final Logger log = LoggerFactory.getLogger(FlowRegistry.class);

    private final Path dialogsDir;
    /** Each action's name and the outcomes it declares. */
    private final Map<String, Set<String>> actions;
    private final FlowLoader loader;
    private final MessageCatalog messages;
    private volatile FlowSet current;

    public FlowRegistry(Path dialogsDir, Map<String, Set<String>> actions, FlowLoader loader) {
        this(dialogsDir, actions, loader, MessageCatalog.load(dialogsDir));
    }

    public FlowRegistry(Path dialogsDir, Map<String, Set<String>> actions, FlowLoader loader, MessageCatalog messages) {
        this.dialogsDir = dialogsDir;
        this.actions = Map.copyOf(actions);
        this.loader = loader;
        this.messages = messages;
        this.current = loader.load(dialogsDir, Optional.of(this.actions));
        log.info("Loaded {} dialog flows from {}", current.all().size(), dialogsDir);
        warnOfUnroutedOutcomes(current);
    }

    public FlowSet current() {
        return current;
    }

    public Path dialogsDir() {
        return dialogsDir;
    }

    /** Reads the files again; the new flows and messages replace the old ones only when neither has problems. */
    public ReloadResult reload() {
        List<Problem> problems = new ArrayList<>();
        FlowSet loaded = null;
        Map<String, Message> loadedMessages = null;
        try {
            loaded = loader.load(dialogsDir, Optional.of(actions));
        } catch (InvalidFlowsException e) {
            problems.addAll(e.problems());
        }
        try {
            loadedMessages = messages.read(dialogsDir);
        } catch (InvalidFlowsException e) {
            problems.addAll(e.problems());
        }
        if (problems.isEmpty()) {
            current = loaded;
            messages.use(loadedMessages);
            log.info("Reloaded {} dialog flows and {} messages", loaded.all().size(), loadedMessages.size());
            warnOfUnroutedOutcomes(loaded);
            return new ReloadResult(true, loaded.all().size(), List.of());
        }
        Collections.sort(problems);
        log.warn("Kept the flows and messages in use; the edited files have {} problems:\n{}", problems.size(),
                problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        return new ReloadResult(false, current.all().size(), problems.stream().map(Problem::toString).toList());
    }

    private void warnOfUnroutedOutcomes(FlowSet flows) {
        List<Problem> gaps = FlowLoader.unroutedOutcomes(flows, actions);
        if (!gaps.isEmpty()) {
            log.warn("{} call steps answer some outcomes of their action with the engine's apology:\n{}", gaps.size(),
                    gaps.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
    }

    /** What a reload did: whether the new files are in use, how many flows are, and what was wrong. */
    public record ReloadResult(boolean applied, int flows, List<String> problems) {
        public ReloadResult {
            problems = List.copyOf(problems);
        }
    }
}
