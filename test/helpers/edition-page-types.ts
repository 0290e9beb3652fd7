/** One page of each kind where the example edition shows local content, for the checks that look at kinds of page. */
import { urls } from "../../lib/urls.ts";

export const EDITION_PAGE_TYPES = {
  home: urls.home(),
  "actor with contacts and a service": urls.actor("tyokykykoordinaattori"),
  "situation with notes": urls.situation("tyoton"),
  "phase with notes": urls.phase("sekundaarivaihe"),
  "pathway with contacts, services and notes": urls.pathway("tyoton", "sekundaarivaihe"),
  "local page": urls.local(),
} as const;
