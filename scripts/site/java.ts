/** The Java that runs the W3C HTML checker (vnu-jar) over the built site: $JAVA_HOME/bin/java, else Debian's. */
import { join } from "node:path";

export const JAVA_PATH = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "/usr/bin/java";
