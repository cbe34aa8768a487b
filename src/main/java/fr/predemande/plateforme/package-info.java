/**
 * Ce qui fait tourner l'application partout : PostgreSQL embarqué quand aucune base n'est configurée,
 * garde-fous du profil {@code prod}, relance des événements non traités (outbox), comptes de démonstration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plateforme")
package fr.predemande.plateforme;
