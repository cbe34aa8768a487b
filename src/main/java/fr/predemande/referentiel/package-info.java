/**
 * Le référentiel géographique : communes (code INSEE, département, codes postaux, raccordement à COMEDEC),
 * départements et collectivités d'outre-mer, pays. Ce sont des données ouvertes officielles livrées avec
 * l'application et chargées en base au démarrage quand elles changent. Le module sert la recherche des formulaires
 * (autocomplétion, page de recherche sans JavaScript) et résout un lieu saisi en texte libre.
 *
 * <p>Sources : communes et départements du Code officiel géographique de l'INSEE, avec les codes postaux de La Poste,
 * par le paquet npm {@code @etalab/decoupage-administratif}. Pays : aucun paquet npm ne porte la liste des pays de
 * l'INSEE (codes 99xxx) ; on prend les codes ISO 3166-1 et leurs noms français du paquet {@code i18n-iso-countries},
 * et l'on garde alpha-3 et numérique pour une correspondance future avec les codes INSEE.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Référentiel")
package fr.predemande.referentiel;
