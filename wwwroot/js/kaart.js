// Progressive enhancement: where JavaScript runs, a small map shows where the activity is. It is a picture for
// sighted users only (aria-hidden, no controls to tab to); the address and the link to OpenStreetMap beside it carry
// the same information for everyone, with or without JavaScript.
(function () {
  "use strict";
  if (typeof L === "undefined") {
    return;
  }
  document.querySelectorAll("[data-kaart-lat]").forEach(function (element) {
    var lat = parseFloat(element.getAttribute("data-kaart-lat"));
    var lon = parseFloat(element.getAttribute("data-kaart-lon"));
    if (isNaN(lat) || isNaN(lon)) {
      return;
    }
    element.classList.add("wijk-kaart--actief");
    var kaart = L.map(element, {
      scrollWheelZoom: false,
      keyboard: false,
      zoomControl: false,
      attributionControl: false
    }).setView([lat, lon], 16);
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { maxZoom: 19 }).addTo(kaart);
    L.marker([lat, lon], { keyboard: false, interactive: false }).addTo(kaart);
    var bron = document.createElement("p");
    bron.className = "wijk-meta";
    bron.textContent = "Kaart: © OpenStreetMap-bijdragers";
    element.insertAdjacentElement("afterend", bron);
  });
})();
