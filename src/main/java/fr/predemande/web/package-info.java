/**
 * Mise en page commune (DSFR), en-têtes de sécurité des pages, pages d'erreur et URL publique du service.
 * Aucune règle métier ici.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package fr.predemande.web;
