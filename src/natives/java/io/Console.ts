// java.io.Console natives (Console_md.c): a console exists when stdin and stdout are both terminals.
import type { NativeRegistry } from '../../registry.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/io/Console', {
    'istty()Z': (t) => (t.vm.files.isatty(0) && t.vm.files.isatty(1) ? 1 : 0),
    'encoding()Ljava/lang/String;': () => null,
    // Terminal echo can't be switched from here; report it as having been on, as a terminal's is.
    'echo(Z)Z': () => 1,
  });
}
