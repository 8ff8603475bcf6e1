/**
 * The local simulator: {@code POST /api/simulator/messages} runs one citizen's turn through the same
 * conversation, per-citizen lock and LINE renderer as {@code /callback} and answers with the LINE message objects
 * exactly as they would be sent; {@code GET /simulator} is a phone-sized chat page that draws them. On in local
 * mode, and with LINE credentials only when {@code KYODO_SIMULATOR_ENABLED=true}; otherwise every simulator path
 * answers 404.
 */
package jp.miyazaki.kyodo.simulator;
