/**
 * La pré-demande : brouillon enregistré section par section, page de vérification et contrôles de cohérence,
 * validation (numéro, récapitulatif PDF), expiration et purge au bout de 6 mois.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pré-demande")
package fr.predemande.demande;
