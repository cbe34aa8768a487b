package fr.predemande.compte.internal;

import java.time.Instant;
import java.util.UUID;

/** Un compte usager tel qu'il est enregistré. */
record Compte(
        UUID id,
        String identifiant,
        String sexe,
        String nom,
        String prenoms,
        String courriel,
        String courrielEnAttente,
        String telephone,
        QuestionSecrete questionSecrete,
        String reponseSecreteEmpreinte,
        String motDePasseEmpreinte,
        Instant activeLe,
        String cguVersion,
        Instant cguAccepteesLe,
        long version) {

    boolean estActive() {
        return activeLe != null && motDePasseEmpreinte != null;
    }
}
