package jp.miyazaki.kyodo.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.line.LineProperties;

/** Whether the simulator answers: always in local mode, otherwise only when switched on explicitly. */
@Component
public class SimulatorAvailability {

    private static final Logger log = LoggerFactory.getLogger(SimulatorAvailability.class);

    private final boolean on;

    public SimulatorAvailability(SimulatorProperties simulator, LineProperties line) {
        this.on = simulator.enabled() || !line.configured();
        if (on && line.configured()) {
            // Anyone who reaches the app can chat as any user id through it, so say so loudly.
            log.warn("Simulator enabled next to a real LINE channel (KYODO_SIMULATOR_ENABLED=true): /simulator "
                    + "and /api/simulator/messages are open");
        } else if (on) {
            log.info("Simulator on: open /simulator to chat with the bot");
        }
    }

    public boolean isOn() {
        return on;
    }
}
