package jp.miyazaki.kyodo.simulator;

/** The citizen's lock stayed taken (by a webhook event or another simulated turn) for too long (409). */
class SimulatorBusy extends RuntimeException {

    SimulatorBusy() {
        super("Another event of this user is being handled; try again.", null, false, false);
    }
}
