// The in-page checks, as the global `probes` (see test/helpers/probes.ts).
import * as layout from "./layout.ts";

Object.assign(globalThis, { probes: layout });
