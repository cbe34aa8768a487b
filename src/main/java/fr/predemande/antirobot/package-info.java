/**
 * Contrôle anti-robot par preuve de travail, compatible avec le protocole du widget ALTCHA : aucune image à lire,
 * aucun tiers. Le serveur émet un défi SHA-256 signé par HMAC, qui expire et ne sert qu'une fois.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Anti-robot")
package fr.predemande.antirobot;
