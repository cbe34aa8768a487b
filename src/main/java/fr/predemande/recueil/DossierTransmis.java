package fr.predemande.recueil;

import java.time.Instant;
import java.util.UUID;

/**
 * Un dossier vient d'être transmis à l'instruction de son département : la personne en est prévenue (courriel et SMS
 * avec le numéro de demande) et l'instruction le met dans sa file ({@link Dossiers#parNumero} donne tout le dossier).
 *
 * @param courriel où prévenir la personne (celui de sa déclaration retenue), {@code null} s'il n'y en a pas
 * @param telephone portable au format E.164, {@code null} s'il n'y en a pas
 */
public record DossierTransmis(
        UUID dossier,
        NumeroDeDemande numero,
        String codeDepartement,
        String mairie,
        String prenoms,
        String courriel,
        String telephone,
        Instant le) {}
