import { measureSideBySide } from "./bench/yardstick.ts";
console.log(JSON.stringify(await measureSideBySide(3, 100)));
console.log(JSON.stringify(await measureSideBySide(3)));
