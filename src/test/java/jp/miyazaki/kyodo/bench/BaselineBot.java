package jp.miyazaki.kyodo.bench;

import java.time.ZonedDateTime;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.nlu.UnansweredReview;
import jp.miyazaki.kyodo.observability.ActivityCounter;

/**
 * The benchmark's baseline: the same app (webhook, signature check, Redis inbox, per-user ordering, LINE gateway)
 * with the conversation swapped for a fixed answer, so no NLU, dialog or session runs. Only for benchmarks; the
 * swap happens when this main starts the app, never in production code.
 */
public final class BaselineBot {

    private BaselineBot() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(KyodoBotApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof Conversation ? new FixedReply() : bean;
                    }
                }))
                .run(args);
    }

    /** Answers every event with the same text without looking at it or at any stored state. */
    static final class FixedReply extends Conversation {

        private static final Reply ANSWER = Reply.of(new Reply.Text("メッセージを受け付けました。"));

        FixedReply() {
            super(null, null, null, null, null,
                    new DefaultListableBeanFactory().getBeanProvider(UnansweredReview.class),
                    new DefaultListableBeanFactory().getBeanProvider(ActivityCounter.class), null);
        }

        @Override
        public Reply respond(String userId, UserInput input, ZonedDateTime at) {
            return input instanceof UserInput.Unfollow ? Reply.NONE : ANSWER;
        }
    }
}
