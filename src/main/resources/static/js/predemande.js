// Amélioration progressive : le résumé des erreurs prend le focus pour être lu en premier.
document.addEventListener('DOMContentLoaded', function () {
  var resume = document.getElementById('resume-erreurs');
  if (resume) {
    resume.focus();
  }
});
