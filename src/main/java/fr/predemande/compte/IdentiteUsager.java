package fr.predemande.compte;

import fr.predemande.saisie.Sexe;
import java.util.UUID;

/** Les données du compte qui préremplissent une pré-demande. Le téléphone est au format E.164. */
public record IdentiteUsager(
        UUID compteId, String identifiant, Sexe sexe, String nom, String prenoms, String courriel, String telephone) {}
