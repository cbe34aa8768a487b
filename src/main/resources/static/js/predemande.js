// Amélioration progressive : le résumé des erreurs prend le focus pour être lu en premier.
document.addEventListener('DOMContentLoaded', function () {
  var resume = document.getElementById('resume-erreurs');
  if (resume) {
    // Sur le poste de recueil, le champ de la douchette garde le focus (data-focus) : la lecture suivante y est tapée et
    // remplace la saisie fautive, sélectionnée ; le message d'erreur est lié au champ (aria-describedby).
    var champ = resume.hasAttribute('data-focus') && document.getElementById(resume.getAttribute('data-focus'));
    if (champ) {
      champ.focus();
      champ.select();
    } else {
      resume.focus();
    }
    // Un lien du résumé mène au champ fautif. Quand la cible n'est pas elle-même un champ (le widget du code de
    // sécurité, qui crée sa case à cocher), le focus va au premier champ qu'elle contient.
    resume.addEventListener('click', function (evenement) {
      var lien = evenement.target.closest('a[href^="#"]');
      var cible = lien && document.getElementById(lien.getAttribute('href').substring(1));
      if (!cible || cible.matches('input, select, textarea, button, a[href], [tabindex]')) {
        return;
      }
      var champ = cible.querySelector('input:not([type=hidden]):not([disabled]), select, textarea, button');
      if (champ) {
        evenement.preventDefault();
        champ.focus();
      }
    });
  }
});
