/**
 * Les comptes des agents de mairie (rattachés à une mairie, avec un second facteur TOTP), des administrateurs de
 * mairie, et des clients d'API (logiciels d'autres éditeurs) avec leurs portées ; les chaînes de sécurité de
 * l'espace mairie ({@code /mairie/**}) et de l'API ({@code /api/**}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Habilitation")
package fr.predemande.habilitation;
