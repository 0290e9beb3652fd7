// Loaded first by every page the cross-engine flows open (test/helpers/engines/engine-site.ts).
import * as layout from "./layout.ts";
import { noteProblems, takeProblems } from "./problems.ts";

noteProblems();
Object.assign(globalThis, { probes: layout, pageProblems: { noteProblems, takeProblems } });
