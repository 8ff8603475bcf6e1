package jp.miyazaki.kyodo.dialog.flow;

import org.springframework.modulith.NamedInterface;

/**
 * The dialog files were read again on this instance because staff asked for it or a file changed here (not because
 * another instance said so), and {@code result} says whether they are in use.
 */
@NamedInterface("flow")
public record FlowsReloaded(FlowRegistry.ReloadResult result) {
}
