package jp.miyazaki.kyodo.dialog.flow;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.SmartInitializingSingleton;

import jp.miyazaki.kyodo.dialog.flow.PostbackData.SlotTarget;

/**
 * Once every bean exists (so every class declaring a {@link SlotTarget} is loaded), checks that each names a flow
 * the flow files define and a slot of that flow; a mismatch stops the start at the declaring Java line.
 */
class PostbackTargetsCheck implements SmartInitializingSingleton {

    private final FlowRegistry registry;

    PostbackTargetsCheck(FlowRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Problem> problems = problems(registry.current(), PostbackData.declared());
        if (!problems.isEmpty()) {
            throw new InvalidFlowsException(problems);
        }
    }

    static List<Problem> problems(FlowSet flows, Collection<SlotTarget> targets) {
        return targets.stream().sorted(Comparator.comparing(SlotTarget::declaredAt))
                .flatMap(target -> problem(flows, target).stream()).toList();
    }

    private static Optional<Problem> problem(FlowSet flows, SlotTarget target) {
        Problem at = target.declaredAt();
        Optional<Flow> flow = flows.named(target.flow());
        if (flow.isEmpty()) {
            return Optional.of(new Problem(at.file(), at.line(), "a postback names flow '" + target.flow()
                    + "', which no flow file defines"));
        }
        if (!flow.get().slots().containsKey(target.slot())) {
            return Optional.of(new Problem(at.file(), at.line(), "a postback names slot '" + target.slot()
                    + "' of flow '" + target.flow() + "', which " + flow.get().file() + " does not define"));
        }
        return Optional.empty();
    }
}
