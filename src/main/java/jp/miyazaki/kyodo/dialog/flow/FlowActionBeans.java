package jp.miyazaki.kyodo.dialog.flow;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.util.ClassUtils;

import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.FlowAction;
import jp.miyazaki.kyodo.dialog.FlowActions;

/**
 * Registers a {@link DialogAction} bean for every {@link FlowAction} method of a bean, so the engine receives the
 * actions as a list of beans while a feature only marks its methods. Works on bean definitions, before any bean
 * exists, so each action bean depends on its actions bean like any other.
 */
public final class FlowActionBeans implements BeanDefinitionRegistryPostProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ConfigurableListableBeanFactory beans = (ConfigurableListableBeanFactory) registry;
        Map<String, Method> byName = new HashMap<>();
        for (String beanName : registry.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(beanName, false);
            if (type == null) {
                continue;
            }
            for (Method method : FlowActions.declaredIn(ClassUtils.getUserClass(type))) {
                String action = method.getAnnotation(FlowAction.class).name();
                Method earlier = byName.putIfAbsent(action, method);
                if (earlier != null) {
                    throw new IllegalStateException("action " + action + " is declared by " + earlier + " and by "
                            + method);
                }
                registry.registerBeanDefinition(beanName + "." + method.getName() + "Action",
                        BeanDefinitionBuilder.genericBeanDefinition(DialogAction.class,
                                () -> FlowActions.of(method, beans.getBean(beanName))).getBeanDefinition());
            }
        }
    }
}
