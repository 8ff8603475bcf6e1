package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.FlowAction;

class FlowActionBeansTests {

    static class KitchenActions {
        private final String dish;

        KitchenActions(String dish) {
            this.dish = dish;
        }

        @FlowAction(name = "kitchen.make", outcomes = {"ok", "burnt"})
        DialogAction.Result make(DialogAction.Context context) {
            return new DialogAction.Result("ok", Map.of("dish", dish), List.of());
        }
    }

    static class OtherKitchenActions {
        @FlowAction(name = "kitchen.make", outcomes = "ok")
        DialogAction.Result make(DialogAction.Context context) {
            return DialogAction.Result.of("ok");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Kitchen {
        @Bean
        String dish() {
            return "curry";
        }

        @Bean
        KitchenActions kitchenActions(String dish) {
            return new KitchenActions(dish);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(FlowActionBeans.class, Kitchen.class);

    @Test
    void aMarkedMethodOfABeanBecomesAnActionBeanCallingThatBean() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            DialogAction make = context.getBean(DialogAction.class);
            assertThat(make.name()).isEqualTo("kitchen.make");
            assertThat(make.outcomes()).containsExactlyInAnyOrder("ok", "burnt");
            assertThat(make.perform(new DialogAction.Context("U1", Map.of(), ZonedDateTime.now()))
                    .values()).containsEntry("dish", "curry");
        });
    }

    @Test
    void twoMethodsDeclaringOneActionStopTheStart() {
        runner.withBean(OtherKitchenActions.class).run(context -> assertThat(context).hasFailed()
                .getFailure().hasMessageContaining("action kitchen.make is declared by"));
    }
}
