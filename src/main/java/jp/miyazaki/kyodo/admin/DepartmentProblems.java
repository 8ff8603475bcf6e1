package jp.miyazaki.kyodo.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The staff API's answer to {@link DepartmentRule}'s refusal: 403 problem details whose {@code detail} staff can
 * read as it is (in Japanese), with both departments as fields for scripts.
 */
@RestControllerAdvice(annotations = StaffApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DepartmentProblems {

    @ExceptionHandler(OtherDepartmentsItem.class)
    public ProblemDetail otherDepartment(OtherDepartmentsItem refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.explanation());
        problem.setTitle("Another department's item");
        problem.setProperty("itemDepartment", refused.itemDepartment());
        problem.setProperty("staffDepartment", refused.staffDepartment());
        return problem;
    }
}
