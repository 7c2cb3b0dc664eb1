// The VM worker's entry: what the worker started by runInWorker (worker.ts) runs. vmLoader.cts loads the
// VM (the bundle or the modules); vmThreadMain.ts's runVmThread runs main() on the arguments the main
// thread sent and posts the exit status back.
import { loadVm } from './vmLoader.cjs';

// Should loading the modules fail, the rejection ends the worker with an error (worker.ts reports it).
void loadVm((entry, beforeReport) => entry.runVmThread(beforeReport));
