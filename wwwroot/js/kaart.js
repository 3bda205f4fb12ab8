// Progressive enhancement: where JavaScript runs, the button "Toon kaart" draws a small map of where the activity is.
// Leaflet is fetched only then: it is about half the weight of the page, and the address and the link to
// OpenStreetMap already tell everyone, with or without JavaScript, where to go. The map itself is an image with a
// text alternative (role="img"), with no controls to tab to.
(function () {
  "use strict";
  var geladen = null;

  function laad(element) {
    return new Promise(function (klaar, mislukt) {
      element.onload = klaar;
      element.onerror = mislukt;
      document.head.appendChild(element);
    });
  }

  // Leaflet's CSS first: its script reads the marker's image path from a loaded stylesheet.
  function laadLeaflet(knop) {
    if (geladen === null) {
      var stijl = document.createElement("link");
      stijl.rel = "stylesheet";
      stijl.href = knop.getAttribute("data-kaart-css");
      var script = document.createElement("script");
      script.src = knop.getAttribute("data-kaart-js");
      geladen = laad(stijl).then(function () {
        return laad(script);
      });
      geladen.catch(function () {
        geladen = null;
      });
    }
    return geladen;
  }

  function teken(element) {
    var lat = parseFloat(element.getAttribute("data-kaart-lat"));
    var lon = parseFloat(element.getAttribute("data-kaart-lon"));
    var kaart = L.map(element, {
      scrollWheelZoom: false,
      keyboard: false,
      zoomControl: false,
      attributionControl: false
    }).setView([lat, lon], 16);
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { maxZoom: 19 }).addTo(kaart);
    L.marker([lat, lon], { keyboard: false, interactive: false }).addTo(kaart);
    return kaart;
  }

  document.querySelectorAll("button[data-kaart-js]").forEach(function (knop) {
    var vak = document.getElementById(knop.getAttribute("aria-controls"));
    var element = vak && vak.querySelector("[data-kaart-lat]");
    if (!element) {
      return;
    }
    var melding = document.createElement("p");
    melding.className = "wijk-meta";
    melding.setAttribute("role", "status");
    knop.insertAdjacentElement("afterend", melding);
    var kaart = null;
    var bezig = false;

    function zet(open) {
      vak.hidden = !open;
      knop.setAttribute("aria-expanded", open ? "true" : "false");
      knop.textContent = open ? "Verberg kaart" : "Toon kaart";
    }

    knop.addEventListener("click", function () {
      if (bezig) {
        return;
      }
      if (knop.getAttribute("aria-expanded") === "true") {
        zet(false);
        return;
      }
      if (kaart !== null) {
        zet(true);
        kaart.invalidateSize();
        return;
      }
      bezig = true;
      melding.textContent = "De kaart wordt geladen.";
      laadLeaflet(knop).then(function () {
        // Leaflet measures its container, so it must be visible before the map is drawn.
        zet(true);
        kaart = teken(element);
        melding.textContent = "";
      }, function () {
        melding.textContent = "De kaart kan nu niet laden. Gebruik de link naar OpenStreetMap.";
      }).then(function () {
        bezig = false;
      });
    });
    knop.hidden = false;
  });
})();
