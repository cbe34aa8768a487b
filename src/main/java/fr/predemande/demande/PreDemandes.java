package fr.predemande.demande;

/** Ce que le module offre aux autres (la mairie, l'API des éditeurs) : retrouver une pré-demande et la consommer. */
public interface PreDemandes {

    /** La pré-demande de ce numéro si elle peut devenir un dossier ; sinon, pourquoi elle ne le peut pas. */
    RechercheParNumero trouverValidee(NumeroPreDemande numero);

    /**
     * La pré-demande devient un dossier : elle ne pourra plus être retrouvée comme nouvelle. Idempotent pour un même
     * rappel (même mairie, même référence).
     *
     * @return la pré-demande telle qu'elle a été rappelée
     * @throws RappelImpossible si elle n'est pas (ou plus) utilisable, avec la raison
     */
    PreDemandeRetrouvee rappeler(NumeroPreDemande numero, Rappel rappel);

    /** La pré-demande n'est pas (ou plus) utilisable : la raison est celle de {@link #trouverValidee}. */
    final class RappelImpossible extends RuntimeException {

        private final transient RechercheParNumero raison;

        public RappelImpossible(RechercheParNumero raison) {
            super("Pré-demande non utilisable : " + raison);
            this.raison = raison;
        }

        public RechercheParNumero raison() {
            return raison;
        }
    }
}
