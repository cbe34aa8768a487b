package fr.predemande.audit;

import java.util.Objects;

/**
 * Une entrée à consigner ; l'horodatage et le chaînage sont ajoutés par le journal.
 *
 * @param objet ce qui a été lu ou modifié : un numéro de pré-demande, de dossier, un identifiant d'agent…
 * @param detail le champ corrigé, la pièce déposée, la raison d'un refus ; jamais de donnée personnelle en clair
 *     au-delà de ce qui identifie l'objet
 * @param adresse l'adresse IP d'où vient la requête
 */
public record EntreeDAudit(Acteur acteur, ActionAuditee action, String objet, String detail, String adresse) {

    public EntreeDAudit {
        Objects.requireNonNull(acteur, "acteur");
        Objects.requireNonNull(action, "action");
    }
}
