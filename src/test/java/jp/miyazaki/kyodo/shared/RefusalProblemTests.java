package jp.miyazaki.kyodo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class RefusalProblemTests {

    private sealed interface Refusal extends ChangeRefused.Refusal {

        record Missing(String id) implements Refusal {
        }

        record Full(int places) implements Refusal {
        }
    }

    @Test
    void theFirstKindThatMatchesGivesTheStatusAndTheDetail() {
        ProblemDetail problem = RefusalProblem.of(new ChangeRefused(new Refusal.Full(3)))
                .when(Refusal.Missing.class, HttpStatus.NOT_FOUND, "no such item")
                .when(Refusal.Full.class, HttpStatus.CONFLICT, full -> full.places() + " places are taken")
                .when(Refusal.class, HttpStatus.BAD_REQUEST, "any other")
                .problem();

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("3 places are taken");
    }

    @Test
    void aRefusalNoKindNamesIsAProgrammingError() {
        RefusalProblem unnamed = RefusalProblem.of(new ChangeRefused(new Refusal.Missing("X-1")))
                .when(Refusal.Full.class, HttpStatus.CONFLICT, "full");

        assertThatIllegalStateException().isThrownBy(unnamed::problem).withMessageContaining("X-1");
    }
}
