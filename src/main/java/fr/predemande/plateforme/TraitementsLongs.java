package fr.predemande.plateforme;

import java.time.Duration;

/**
 * Les connexions de l'application ont des délais faits pour les pages (application.yml : une requête SQL annulée
 * par PostgreSQL au-delà de 4 s, une réponse attendue 5 s au plus) : une base gelée ou coupée fait échouer une page en
 * quelques secondes. Un traitement de fond légitimement long (purge nocturne, chargement du référentiel) lève ces délais
 * pour sa seule transaction : ils reviennent d'eux-mêmes quand elle se termine, la connexion rendue au pool les
 * retrouve.
 */
public interface TraitementsLongs {

    /**
     * Donne jusqu'à {@code duree} à chaque requête SQL de la transaction en cours, et autant (plus une marge) à la
     * réponse du serveur.
     *
     * @throws IllegalStateException hors d'une transaction : le réglage ne durerait pas (ou durerait trop)
     */
    void prolongerLaTransaction(Duration duree);
}
