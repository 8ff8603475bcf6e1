package jp.miyazaki.kyodo.dialog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The {@link DialogAction}s a class declares with {@link FlowAction} on its methods. */
public final class FlowActions {

    private FlowActions() {
    }

    /** The methods of {@code type} that declare an action, checked to take a context and answer a result. */
    public static List<Method> declaredIn(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(FlowAction.class)) {
                    methods.add(checked(method));
                }
            }
        }
        return methods;
    }

    /** Name → outcomes of every action the types declare, for checks that need no instances. */
    public static Map<String, Set<String>> outcomesDeclaredIn(Class<?>... types) {
        Map<String, Set<String>> outcomes = new LinkedHashMap<>();
        for (Class<?> type : types) {
            for (Method method : declaredIn(type)) {
                FlowAction declared = method.getAnnotation(FlowAction.class);
                outcomes.put(declared.name(), outcomesOf(declared));
            }
        }
        return outcomes;
    }

    /** Every action {@code target} declares, each calling its method on {@code target}. */
    public static List<DialogAction> of(Object target) {
        return declaredIn(target.getClass()).stream().map(method -> of(method, target)).toList();
    }

    /** The action {@code method} (one of {@link #declaredIn}) declares, called on {@code target}. */
    public static DialogAction of(Method method, Object target) {
        FlowAction declared = checked(method).getAnnotation(FlowAction.class);
        method.setAccessible(true);
        return action(declared.name(), outcomesOf(declared), context -> invoke(method, target, context));
    }

    /** An action made of its name, its outcomes and what it does (test doubles, actions built in code). */
    public static DialogAction action(String name, Set<String> outcomes,
            Function<DialogAction.Context, DialogAction.Result> behaviour) {
        return new Declared(name, Set.copyOf(outcomes), behaviour);
    }

    private static Set<String> outcomesOf(FlowAction declared) {
        if (declared.outcomes().length == 0) {
            throw new IllegalStateException("action " + declared.name() + " declares no outcomes");
        }
        return Set.copyOf(List.of(declared.outcomes()));
    }

    private static Method checked(Method method) {
        if (method.getReturnType() != DialogAction.Result.class || method.getParameterCount() != 1
                || method.getParameterTypes()[0] != DialogAction.Context.class
                || Modifier.isStatic(method.getModifiers())) {
            throw new IllegalStateException(method + " is marked @FlowAction but is not an instance method"
                    + " Result name(Context)");
        }
        return method;
    }

    private static DialogAction.Result invoke(Method method, Object target, DialogAction.Context context) {
        try {
            return (DialogAction.Result) method.invoke(target, context);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Declared(String name, Set<String> outcomes,
            Function<DialogAction.Context, DialogAction.Result> behaviour) implements DialogAction {

        @Override
        public Result perform(Context context) {
            return behaviour.apply(context);
        }
    }
}
