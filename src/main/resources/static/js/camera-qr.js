/*
 * Lecture du QR code par la caméra (tablette, téléphone) sur la page de recherche du poste. Sans JavaScript ou sans
 * caméra, le bouton reste caché : la douchette et la saisie au clavier suffisent. La bibliothèque jsQR est livrée par
 * le service (npm), jamais par un CDN. Le texte lu va dans le champ, puis le formulaire part, comme avec une douchette.
 */
(function () {
  'use strict';
  var bouton = document.getElementById('camera');
  var zone = document.getElementById('camera-zone');
  var video = document.getElementById('camera-video');
  var consigne = document.getElementById('camera-consigne');
  var champ = document.getElementById('numero');
  var formulaire = document.getElementById('recherche');
  if (!bouton || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof jsQR !== 'function') {
    return;
  }
  bouton.hidden = false;
  var libelle = bouton.textContent;
  var flux = null;
  var toile = document.createElement('canvas');
  var contexte = toile.getContext('2d', { willReadFrequently: true });

  function arreter() {
    if (flux) {
      flux.getTracks().forEach(function (piste) { piste.stop(); });
    }
    flux = null;
    zone.hidden = true;
    bouton.textContent = libelle;
  }

  function lire() {
    if (!flux) return;
    if (video.readyState === video.HAVE_ENOUGH_DATA && video.videoWidth > 0) {
      toile.width = video.videoWidth;
      toile.height = video.videoHeight;
      contexte.drawImage(video, 0, 0, toile.width, toile.height);
      var image = contexte.getImageData(0, 0, toile.width, toile.height);
      var code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
      if (code && code.data) {
        champ.value = code.data;
        arreter();
        formulaire.submit();
        return;
      }
    }
    window.requestAnimationFrame(lire);
  }

  bouton.addEventListener('click', function () {
    if (flux) {
      arreter();
      champ.focus();
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (f) {
        flux = f;
        video.srcObject = f;
        zone.hidden = false;
        bouton.textContent = bouton.getAttribute('data-arreter');
        return video.play();
      })
      .then(function () { window.requestAnimationFrame(lire); })
      .catch(function () {
        arreter();
        consigne.textContent = bouton.getAttribute('data-refusee');
        zone.hidden = false;
        video.hidden = true;
      });
  });
})();
