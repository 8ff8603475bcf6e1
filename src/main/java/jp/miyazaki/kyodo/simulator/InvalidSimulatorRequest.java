package jp.miyazaki.kyodo.simulator;

/** A simulator request that does not describe one LINE event; its message says what to fix (400). */
class InvalidSimulatorRequest extends RuntimeException {

    InvalidSimulatorRequest(String message) {
        super(message, null, false, false);
    }
}
