package jp.miyazaki.kyodo.simulator;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides every simulator path behind a 404 while the simulator is off. A filter rather than checks in the
 * controllers, so nothing of the simulator (not even a 400 for a malformed body or a 405) shows it exists.
 */
@Configuration(proxyBeanMethods = false)
class SimulatorSwitch {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> simulatorOffFilter(SimulatorAvailability availability) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new NotFoundWhileOff(availability));
        registration.addUrlPatterns("/api/simulator/*", "/simulator", "/simulator/*");
        registration.setName("simulatorOffFilter");
        return registration;
    }

    private static final class NotFoundWhileOff extends OncePerRequestFilter {

        private final SimulatorAvailability availability;

        NotFoundWhileOff(SimulatorAvailability availability) {
            this.availability = availability;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            if (availability.isOn()) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"detail\":\"Not found.\",\"instance\":\"" + request.getRequestURI().replace("\"", "")
                            .replace("\\", "") + "\"}");
        }
    }
}
