// Opens the chosen pathway, /polku/<tilanne>/<vaihe>/. Without JavaScript the
// form's GET lands on /polku/, which links every pathway.
for (const form of document.querySelectorAll<HTMLFormElement>("[data-pathway-chooser]")) {
  form.addEventListener("submit", (event) => {
    const data = new FormData(form);
    const situation = data.get("tilanne");
    const phase = data.get("vaihe");
    if (typeof situation !== "string" || typeof phase !== "string") return;
    event.preventDefault();
    location.assign(new URL(`${encodeURIComponent(situation)}/${encodeURIComponent(phase)}/`, form.action));
  });
}
