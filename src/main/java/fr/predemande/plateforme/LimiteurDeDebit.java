package fr.predemande.plateforme;

import java.time.Duration;
import java.util.Optional;

/**
 * Des limites de débit partagées par tous les nœuds (seaux à jetons en base) : tant de tentatives d'un coup, puis une
 * de plus par période. Les clés sont celles de l'appelant, préfixées par lui (« recueil-agent:… »).
 */
public interface LimiteurDeDebit {

    /**
     * Compte une tentative.
     *
     * @return vide si elle est permise ; sinon l'attente avant la prochaine
     */
    Optional<Duration> consommer(String cle, int capacite, Duration periode);
}
