// import.meta.url for the CommonJS bundle of the VM thread (dist/bundle/vmThread.cjs): esbuild injects this
// module into the bundle (`--inject`) and replaces every import.meta.url with it (`--define`), so code
// that finds files next to its own (nodeNetwork.ts's netWorker.js) still resolves them from the bundle's
// directory. Only for the bundle: __filename exists there (codeCache.cts runs it as a CommonJS function),
// not in an ES module.
import { pathToFileURL } from 'node:url';

export const bundleUrl = pathToFileURL(__filename).href;
