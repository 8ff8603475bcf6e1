/**
 * The flow language: flows read from {@code dialogs/flows/*.yml}, their validation (JSON Schema plus
 * cross-references, reported as {@code file:line: reason}), the registry that reloads them safely, the engine
 * that runs them ({@link jp.miyazaki.kyodo.dialog.flow.FlowDialog}) and their Mermaid diagrams.
 */
package jp.miyazaki.kyodo.dialog.flow;
