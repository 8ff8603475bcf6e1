package jp.miyazaki.kyodo.dialog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method {@code Result method(Context)} of a feature's actions class the {@link DialogAction} that flows call
 * by {@link #name()}. The flow loader refuses a flow whose {@code on:} names an outcome not in {@link #outcomes()},
 * so the list is the action's whole contract with the flows.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FlowAction {

    /** The name flows use, e.g. {@code group.roll}. */
    String name();

    /** Every outcome the method may answer, e.g. {@code ok}, {@code none}. */
    String[] outcomes();
}
