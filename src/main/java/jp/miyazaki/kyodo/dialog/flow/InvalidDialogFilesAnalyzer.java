package jp.miyazaki.kyodo.dialog.flow;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start stopped by broken dialog files is shown as one {@code file:line:column: reason} line per problem
 * instead of a stack trace.
 */
public class InvalidDialogFilesAnalyzer extends AbstractFailureAnalyzer<InvalidFlowsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidFlowsException cause) {
        return new FailureAnalysis(
                cause.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")),
                "Correct the dialog files at the lines above and start again.", cause);
    }
}
