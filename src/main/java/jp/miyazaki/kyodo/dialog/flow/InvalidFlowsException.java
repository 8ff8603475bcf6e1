package jp.miyazaki.kyodo.dialog.flow;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

/** The flow or message files have problems; the message lists every one as {@code file:line: reason}. */
@NamedInterface("flow")
public class InvalidFlowsException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidFlowsException(List<Problem> problems) {
        super("The dialog files are invalid:\n" + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
