// Prépare les ressources statiques copiées dans le jar, une fois à la construction (lancé par Maven après la copie) :
//  1. les icônes DSFR : des quelque 1 700 règles de utility/icons/icons.min.css, ne garder que celles des icônes que
//     les gabarits et le code emploient (icones-utilisees.css, 1 Ko au lieu de 356) ;
//  2. les liens des feuilles de style (polices, icônes) vers l'adresse marquée de l'empreinte MD5 du contenu, celle que
//     sert Spring (VersionResourceResolver) et qu'un navigateur garde un an ;
//  3. les variantes brotli et gzip (niveau maximal) que web.VariantesPrecompressees sert au navigateur qui les accepte.
// Usage : node scripts/ressources.mjs <dossier static> <dossier(s) des sources où chercher les icônes employées…>
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [racine, ...sources] = process.argv.slice(2);

function fichiers(dossier) {
  return readdirSync(dossier).flatMap((nom) => {
    const chemin = join(dossier, nom);
    return statSync(chemin).isDirectory() ? fichiers(chemin) : [chemin];
  });
}

// 1. les icônes employées
const employees = new Set();
for (const dossier of sources) {
  for (const fichier of fichiers(dossier).filter((f) => /\.(html|java|js)$/.test(f))) {
    for (const icone of readFileSync(fichier, 'utf8').matchAll(/fr-icon-[a-z0-9-]+/g)) {
      employees.add(icone[0]);
    }
  }
}

/** Les blocs de premier niveau d'une feuille : [prélude, corps] ; un @media garde ses règles dans son corps. */
function blocs(css) {
  const resultat = [];
  let debut = 0;
  let profondeur = 0;
  let ouverture = -1;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      if (profondeur++ === 0) ouverture = i;
    } else if (css[i] === '}' && --profondeur === 0) {
      resultat.push([css.slice(debut, ouverture).trim(), css.slice(ouverture + 1, i)]);
      debut = i + 1;
    }
  }
  return resultat;
}

function garder(css) {
  return blocs(css.replace(/\/\*[\s\S]*?\*\//g, ''))
    .map(([prelude, corps]) => {
      if (prelude.startsWith('@')) {
        const dedans = garder(corps);
        return dedans ? `${prelude}{${dedans}}` : '';
      }
      const icones = prelude.match(/fr-(?:icon|fi)-[a-z0-9-]+/g) ?? [];
      return icones.length === 0 || icones.some((i) => employees.has(i)) ? `${prelude}{${corps}}` : '';
    })
    .join('');
}

const icones = join(racine, 'dsfr/utility/icons/icons.min.css');
if (existsSync(icones)) {
  const entete = '/* DSFR, icônes employées par Prédemande (extrait de utility/icons/icons.min.css, licence Etalab-2.0) */\n';
  writeFileSync(join(dirname(icones), 'icones-utilisees.css'), entete + garder(readFileSync(icones, 'utf8')));
}

// 2. les liens des feuilles de style vers l'adresse marquée de l'empreinte du contenu
const empreintes = new Map();
function marquee(chemin) {
  if (!empreintes.has(chemin)) {
    const md5 = createHash('md5').update(readFileSync(chemin)).digest('hex');
    empreintes.set(chemin, md5);
  }
  return empreintes.get(chemin);
}

for (const feuille of fichiers(racine).filter((f) => f.endsWith('.css'))) {
  const css = readFileSync(feuille, 'utf8');
  const reecrite = css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (lien, guillemet, adresse) => {
    if (/^(data:|https?:|\/\/|#)/.test(adresse)) return lien;
    const [chemin, suite = ''] = adresse.split(/(?=[?#])/);
    const cible = resolve(dirname(feuille), chemin);
    if (!existsSync(cible) || /-[0-9a-f]{32}\.[^./]+$/.test(chemin)) return lien;
    const extension = extname(chemin);
    const nouveau = `${chemin.slice(0, chemin.length - extension.length)}-${marquee(cible)}${extension}`;
    return `url(${guillemet}${nouveau}${suite}${guillemet})`;
  });
  if (reecrite !== css) writeFileSync(feuille, reecrite);
}

// 3. les variantes compressées
for (const fichier of fichiers(racine).filter((f) => /\.(css|js|mjs|svg|json|txt)$/.test(f))) {
  const contenu = readFileSync(fichier);
  if (contenu.length >= 1024) {
    writeFileSync(fichier + '.br', brotliCompressSync(contenu, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: contenu.length },
    }));
    writeFileSync(fichier + '.gz', gzipSync(contenu, { level: 9 }));
  }
}
