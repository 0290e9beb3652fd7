// Deployment settings: the organisation publishing the handbook sets these
// through the environment (see docs/deployers.md, "Settings").
import { siteRootUrl } from "../../lib/site-config.ts";

export default {
  /** The public address of the site's root, ending in "/". */
  url: siteRootUrl(),
  feedback: {
    label: process.env.FEEDBACK_LABEL ?? "saavutettavuus@example.fi",
    href: process.env.FEEDBACK_HREF ?? "mailto:saavutettavuus@example.fi",
  },
  supervisor: {
    name: process.env.SUPERVISOR_NAME ?? "Saavutettavuusvalvonta",
    href: process.env.SUPERVISOR_HREF ?? "https://www.saavutettavuusvaatimukset.fi/",
  },
};
