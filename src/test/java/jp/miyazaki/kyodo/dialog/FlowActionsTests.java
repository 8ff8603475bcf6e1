package jp.miyazaki.kyodo.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FlowActionsTests {

    private static final DialogAction.Context CONTEXT = new DialogAction.Context("U1", Map.of("dish", "curry"),
            ZonedDateTime.parse("2026-11-27T10:00:00+09:00[Asia/Tokyo]"));

    static class Kitchen {
        @FlowAction(name = "kitchen.make", outcomes = {"ok", "burnt"})
        DialogAction.Result make(DialogAction.Context context) {
            return new DialogAction.Result("ok", Map.of("ticket", context.slots().get("dish")), List.of());
        }

        @FlowAction(name = "kitchen.clean", outcomes = "ok")
        DialogAction.Result clean(DialogAction.Context context) {
            throw new IllegalStateException("no water");
        }

        DialogAction.Result notAnAction(DialogAction.Context context) {
            return DialogAction.Result.of("ok");
        }
    }

    static class WrongShape {
        @FlowAction(name = "kitchen.taste", outcomes = "ok")
        String taste(DialogAction.Context context) {
            return "good";
        }
    }

    @Test
    void eachMarkedMethodIsAnActionWithItsNameAndOutcomes() {
        List<DialogAction> actions = FlowActions.of(new Kitchen());

        assertThat(actions).extracting(DialogAction::name).containsExactlyInAnyOrder("kitchen.make", "kitchen.clean");
        DialogAction make = actions.stream().filter(a -> a.name().equals("kitchen.make")).findFirst().orElseThrow();
        assertThat(make.outcomes()).isEqualTo(Set.of("ok", "burnt"));
        assertThat(make.perform(CONTEXT).values()).containsEntry("ticket", "curry");
        assertThat(FlowActions.outcomesDeclaredIn(Kitchen.class))
                .isEqualTo(Map.of("kitchen.make", Set.of("ok", "burnt"), "kitchen.clean", Set.of("ok")));
    }

    @Test
    void whatTheMethodThrowsReachesTheEngineUnwrapped() {
        DialogAction clean = FlowActions.of(new Kitchen()).stream().filter(a -> a.name().equals("kitchen.clean"))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> clean.perform(CONTEXT)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no water");
    }

    @Test
    void aMarkedMethodThatIsNotResultOfContextIsRefused() {
        assertThatThrownBy(() -> FlowActions.of(new WrongShape())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("taste").hasMessageContaining("Result name(Context)");
    }
}
