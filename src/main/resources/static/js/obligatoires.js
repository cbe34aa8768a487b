/*
 * Marque « obligatoire » des champs qui le deviennent selon une autre réponse de la même page.
 * Le serveur pose data-obligatoire-si="champ=v1|v2" (obligatoire quand la réponse est l'une des valeurs) ou
 * "champ!=v1|v2" (obligatoire sinon), valeurs comparées sans casse ni blancs autour ; une case à cocher vaut
 * « true » cochée, « false » sinon. Sans JavaScript, la marque suit les réponses enregistrées.
 */
(function () {
  'use strict';

  function valeurDe(formulaire, nom) {
    var champs = formulaire.querySelectorAll('[name="' + nom + '"]');
    for (var i = 0; i < champs.length; i++) {
      var champ = champs[i];
      if (champ.type === 'radio') {
        if (champ.checked) return champ.value;
      } else if (champ.type === 'checkbox') {
        return champ.checked ? 'true' : 'false';
      } else if (champ.type !== 'hidden') {
        return champ.value;
      }
    }
    return '';
  }

  function lire(condition) {
    var difference = condition.indexOf('!=');
    var egal = condition.indexOf('=');
    var parmi = difference < 0;
    var separation = parmi ? egal : difference;
    return {
      champ: condition.substring(0, separation),
      parmi: parmi,
      valeurs: condition.substring(separation + (parmi ? 1 : 2)).split('|')
    };
  }

  function appliquer(groupe, condition, formulaire) {
    var valeur = valeurDe(formulaire, condition.champ).trim().toLowerCase();
    var obligatoire = condition.valeurs.indexOf(valeur) >= 0 === condition.parmi;
    groupe.querySelectorAll('.marque-obligatoire').forEach(function (marque) {
      marque.hidden = !obligatoire;
    });
    groupe.querySelectorAll('input:not([type=hidden]), select').forEach(function (champ) {
      if (obligatoire) {
        champ.setAttribute('required', 'required');
      } else {
        champ.removeAttribute('required');
      }
    });
  }

  document.querySelectorAll('[data-obligatoire-si]').forEach(function (groupe) {
    var formulaire = groupe.closest('form');
    if (!formulaire) return;
    var condition = lire(groupe.getAttribute('data-obligatoire-si'));
    var relire = function () { appliquer(groupe, condition, formulaire); };
    formulaire.querySelectorAll('[name="' + condition.champ + '"]').forEach(function (champ) {
      champ.addEventListener('change', relire);
      champ.addEventListener('input', relire);
    });
    relire();
  });
})();
