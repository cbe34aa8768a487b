// Amélioration progressive des champs de lieu (fragments/lieu.html) : le champ texte devient une liste de suggestions
// selon le motif « combobox » d'ARIA 1.2 (liste sans sélection automatique). Le focus reste dans le champ ; la
// suggestion active est désignée par aria-activedescendant. Sans ce script, le champ reste un texte que le serveur
// résout. Aucun texte ici : les messages viennent des attributs data-autocompletion-* posés par le gabarit.
(function () {
  'use strict';

  var DELAI = 200;
  var LONGUEUR_MINIMALE = 2;
  var compteur = 0;

  function styler(element, styles) {
    Object.keys(styles).forEach(function (nom) {
      element.style.setProperty(nom, styles[nom]);
    });
  }

  function message(modele, nombre) {
    return (modele || '').replace('{0}', String(nombre));
  }

  function AutoCompletion(champ) {
    compteur += 1;
    this.champ = champ;
    this.source = champ.getAttribute('data-autocompletion');
    this.suggestions = [];
    this.active = -1;
    this.minuterie = null;
    this.requete = null;
    this.derniereSaisie = null;

    var identifiant = (champ.id || 'lieu-' + compteur).replace(/[^A-Za-z0-9_-]/g, '-');
    this.liste = document.createElement('ul');
    this.liste.id = identifiant + '-suggestions';
    this.liste.setAttribute('role', 'listbox');
    var libelle = champ.labels && champ.labels[0];
    if (libelle) {
      if (!libelle.id) {
        libelle.id = identifiant + '-libelle';
      }
      this.liste.setAttribute('aria-labelledby', libelle.id);
    }
    this.liste.hidden = true;
    styler(this.liste, {
      'position': 'absolute', 'left': '0', 'right': '0', 'z-index': '1000', 'margin': '0', 'padding': '0',
      'list-style': 'none', 'max-height': '20rem', 'overflow-y': 'auto',
      'background-color': 'var(--background-default-grey, #fff)',
      'border': '1px solid var(--border-default-grey, #ddd)', 'box-shadow': '0 6px 18px 0 rgba(0, 0, 18, 0.16)'
    });

    // région annoncée : le nombre de suggestions
    this.annonce = document.createElement('p');
    this.annonce.className = 'fr-sr-only';
    this.annonce.setAttribute('role', 'status');
    this.annonce.setAttribute('aria-live', 'polite');

    var groupe = champ.parentNode;
    styler(groupe, { 'position': 'relative' });
    champ.insertAdjacentElement('afterend', this.liste);
    this.liste.insertAdjacentElement('afterend', this.annonce);

    champ.setAttribute('role', 'combobox');
    champ.setAttribute('aria-autocomplete', 'list');
    champ.setAttribute('aria-expanded', 'false');
    champ.setAttribute('aria-controls', this.liste.id);
    var consigne = champ.getAttribute('data-autocompletion-consigne');
    if (consigne && document.getElementById(consigne)) {
      var decrit = (champ.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      decrit.push(consigne);
      champ.setAttribute('aria-describedby', decrit.join(' '));
    }

    champ.addEventListener('input', this.saisie.bind(this));
    champ.addEventListener('keydown', this.touche.bind(this));
    champ.addEventListener('blur', this.fermer.bind(this));
    // mousedown : choisir sans que le champ perde le focus (sinon la liste se ferme avant le clic)
    this.liste.addEventListener('mousedown', function (evenement) {
      evenement.preventDefault();
    });
    this.liste.addEventListener('click', this.clic.bind(this));
  }

  AutoCompletion.prototype.saisie = function () {
    var texte = this.champ.value.trim();
    window.clearTimeout(this.minuterie);
    if (texte.length < LONGUEUR_MINIMALE) {
      this.derniereSaisie = null;
      this.afficher([]);
      this.annoncer('');
      return;
    }
    this.minuterie = window.setTimeout(this.chercher.bind(this, texte), DELAI);
  };

  AutoCompletion.prototype.chercher = function (texte) {
    var moi = this;
    if (texte === this.derniereSaisie) {
      return;
    }
    this.derniereSaisie = texte;
    if (this.requete) {
      this.requete.abort();
    }
    this.requete = typeof AbortController === 'function' ? new AbortController() : null;
    var adresse = this.source + (this.source.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(texte);
    fetch(adresse, {
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin',
      signal: this.requete ? this.requete.signal : undefined
    }).then(function (reponse) {
      if (!reponse.ok) {
        throw new Error(String(reponse.status));
      }
      return reponse.json();
    }).then(function (suggestions) {
      // une réponse arrivée après une nouvelle frappe ne compte plus
      if (moi.champ.value.trim() !== texte || document.activeElement !== moi.champ) {
        return;
      }
      moi.afficher(Array.isArray(suggestions) ? suggestions : []);
      moi.annoncerNombre();
    }).catch(function () {
      // hors ligne, requête annulée : le champ reste un simple texte
      if (moi.derniereSaisie === texte) {
        moi.derniereSaisie = null;
      }
    });
  };

  AutoCompletion.prototype.afficher = function (suggestions) {
    var moi = this;
    this.suggestions = suggestions;
    this.active = -1;
    this.champ.removeAttribute('aria-activedescendant');
    while (this.liste.firstChild) {
      this.liste.removeChild(this.liste.firstChild);
    }
    suggestions.forEach(function (suggestion, rang) {
      var option = document.createElement('li');
      option.id = moi.liste.id + '-' + rang;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-rang', String(rang));
      option.textContent = suggestion.libelle;
      styler(option, { 'padding': '0.5rem 1rem', 'cursor': 'pointer', 'margin': '0' });
      moi.liste.appendChild(option);
    });
    this.basculer(suggestions.length > 0);
  };

  AutoCompletion.prototype.basculer = function (ouverte) {
    this.liste.hidden = !ouverte;
    this.champ.setAttribute('aria-expanded', ouverte ? 'true' : 'false');
    if (!ouverte) {
      this.activer(-1);
    }
  };

  AutoCompletion.prototype.fermer = function () {
    window.clearTimeout(this.minuterie);
    this.basculer(false);
  };

  AutoCompletion.prototype.ouverte = function () {
    return !this.liste.hidden;
  };

  AutoCompletion.prototype.activer = function (rang) {
    var options = this.liste.children;
    for (var i = 0; i < options.length; i++) {
      var choisie = i === rang;
      options[i].setAttribute('aria-selected', choisie ? 'true' : 'false');
      styler(options[i], {
        'background-color': choisie ? 'var(--background-action-high-blue-france, #000091)' : 'transparent',
        'color': choisie ? 'var(--text-inverted-blue-france, #fff)' : 'inherit'
      });
    }
    this.active = rang;
    if (rang >= 0 && options[rang]) {
      this.champ.setAttribute('aria-activedescendant', options[rang].id);
      // le focus reste dans le champ : rien ne fait défiler vers l'option active, sauf ceci. « nearest » fait défiler
      // la liste et, si elle dépasse du bas de l'écran, la page, juste assez pour montrer l'option.
      options[rang].scrollIntoView({ block: 'nearest' });
    } else {
      this.champ.removeAttribute('aria-activedescendant');
    }
  };

  AutoCompletion.prototype.choisir = function (rang) {
    var suggestion = this.suggestions[rang];
    if (!suggestion) {
      return;
    }
    this.champ.value = suggestion.libelle;
    this.derniereSaisie = suggestion.libelle;
    this.fermer();
    this.annoncer('');
    this.champ.dispatchEvent(new Event('change', { bubbles: true }));
  };

  AutoCompletion.prototype.touche = function (evenement) {
    var nombre = this.suggestions.length;
    switch (evenement.key) {
      case 'ArrowDown':
      case 'Down':
        if (nombre === 0) {
          return;
        }
        evenement.preventDefault();
        if (!this.ouverte()) {
          this.basculer(true);
          if (evenement.altKey) {
            return;
          }
        }
        this.activer(this.active + 1 >= nombre ? 0 : this.active + 1);
        break;
      case 'ArrowUp':
      case 'Up':
        if (nombre === 0) {
          return;
        }
        evenement.preventDefault();
        if (!this.ouverte()) {
          this.basculer(true);
        }
        this.activer(this.active <= 0 ? nombre - 1 : this.active - 1);
        break;
      case 'Enter':
        // liste ouverte : Entrée choisit la suggestion active, ou ferme la liste si aucune ne l'est (on l'a vue, on
        // n'y a rien pris) ; le formulaire ne part pas par surprise. Liste fermée : Entrée l'envoie, comme d'habitude.
        if (this.ouverte()) {
          evenement.preventDefault();
          if (this.active >= 0) {
            this.choisir(this.active);
          } else {
            this.fermer();
          }
        }
        break;
      case 'Escape':
      case 'Esc':
        if (this.ouverte()) {
          evenement.preventDefault();
          this.fermer();
        }
        break;
      case 'Tab':
        this.fermer();
        break;
      default:
        break;
    }
  };

  AutoCompletion.prototype.clic = function (evenement) {
    var option = evenement.target.closest('[role="option"]');
    if (option) {
      this.choisir(Number(option.getAttribute('data-rang')));
      this.champ.focus();
    }
  };

  AutoCompletion.prototype.annoncerNombre = function () {
    var nombre = this.suggestions.length;
    var modele = nombre === 0 ? 'data-autocompletion-aucune'
      : nombre === 1 ? 'data-autocompletion-une' : 'data-autocompletion-plusieurs';
    this.annoncer(message(this.champ.getAttribute(modele), nombre));
  };

  AutoCompletion.prototype.annoncer = function (texte) {
    this.annonce.textContent = texte;
  };

  function demarrer() {
    var champs = document.querySelectorAll('input[data-autocompletion]');
    for (var i = 0; i < champs.length; i++) {
      if (!champs[i].hasAttribute('role')) {
        new AutoCompletion(champs[i]);
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', demarrer);
  } else {
    demarrer();
  }
})();
