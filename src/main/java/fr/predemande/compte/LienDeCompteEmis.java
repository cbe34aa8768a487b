package fr.predemande.compte;

import java.time.Instant;

/**
 * Un lien à usage unique a été créé et doit partir par courriel. Le lien n'existe en clair que dans cet événement, qui
 * est effacé de l'outbox dès l'envoi réussi ; la base ne garde que son empreinte.
 */
public record LienDeCompteEmis(
        UsageDuLien usage, String courriel, String identifiant, String prenoms, String lien, Instant expireLe) {}
