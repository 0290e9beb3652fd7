// Opens the chosen pathway (urls.pathway). Without JavaScript the form's GET
// lands on /polku/, which links every pathway.
import { urls } from "../../lib/urls.ts";

for (const form of document.querySelectorAll<HTMLFormElement>("[data-pathway-chooser]")) {
  form.addEventListener("submit", (event) => {
    const data = new FormData(form);
    const situation = data.get("tilanne");
    const phase = data.get("vaihe");
    if (typeof situation !== "string" || typeof phase !== "string") return;
    event.preventDefault();
    // The form's action is the site root's polku/ under any path prefix; ".." climbs back to that root.
    location.assign(
      new URL(`..${urls.pathway(encodeURIComponent(situation), encodeURIComponent(phase))}`, form.action),
    );
  });
}
