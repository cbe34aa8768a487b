/**
 * Les règles des pièces justificatives et du droit de timbre : pour une situation donnée (titre demandé, motif, âge,
 * état civil, nationalité, adresse), quelles pièces l’usager apporte à la mairie et combien il paie.
 *
 * <p>Ce sont des fonctions pures des réponses, sans cadriciel ni entrée-sortie, écrites comme des tables lisibles
 * (une par type de titre) qui citent la règle de DOMAIN.md §4 et §5 d’où vient chaque ligne. Le module ne dépend
 * d’aucun autre : c’est lui qui possède les énumérations de valeurs (titre, motif, lieu de naissance, acquisition de
 * la nationalité, mention du nom d’usage, type d’adresse, zone tarifaire) que le module {@code demande} réutilise.
 *
 * <p>Point d’entrée : {@link fr.predemande.justificatifs.ReglesDesJustificatifs#pour(Situation)}. Les textes montrés
 * à l’usager sont des clés de messages ({@code justificatif.*}).
 */
package fr.predemande.justificatifs;
