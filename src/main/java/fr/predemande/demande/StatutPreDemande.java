package fr.predemande.demande;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Le cycle de vie d'une pré-demande (ARCHITECTURE, « Lifecycle ») : les transitions permises sont écrites une fois, ici,
 * et tout changement de statut passe par {@link #devenir}. Les gardes SQL ({@code where statut = …}) ne font que le
 * confirmer face à une écriture concurrente.
 */
public enum StatutPreDemande {
    /** Brouillon : l'usager remplit et enregistre ses sections. */
    BROUILLON,
    /** Validée : numéro délivré, récapitulatif envoyé, valable 6 mois. */
    VALIDEE,
    /** Rappelée en mairie et devenue un dossier : elle ne peut plus servir. */
    RAPPELEE,
    /** Non utilisée dans les 6 mois : ses données personnelles sont effacées. */
    EXPIREE,
    /** Abandonnée par l'usager. */
    ANNULEE;

    private static final Map<StatutPreDemande, Set<StatutPreDemande>> SUIVANTS = Map.of(
            BROUILLON, EnumSet.of(VALIDEE, ANNULEE, EXPIREE),
            VALIDEE, EnumSet.of(RAPPELEE, ANNULEE, EXPIREE),
            RAPPELEE, EnumSet.noneOf(StatutPreDemande.class),
            EXPIREE, EnumSet.noneOf(StatutPreDemande.class),
            ANNULEE, EnumSet.noneOf(StatutPreDemande.class));

    public boolean peutDevenir(StatutPreDemande suivant) {
        return SUIVANTS.get(this).contains(suivant);
    }

    /**
     * Le statut suivant, si la transition est permise.
     *
     * @throws TransitionRefusee sinon
     */
    public StatutPreDemande devenir(StatutPreDemande suivant) {
        if (!peutDevenir(suivant)) {
            throw new TransitionRefusee(this, suivant);
        }
        return suivant;
    }

    /** Les statuts d'où l'on peut passer à celui-ci : la garde SQL des changements en masse (la purge). */
    public static Set<StatutPreDemande> precedentsDe(StatutPreDemande suivant) {
        var precedents = EnumSet.noneOf(StatutPreDemande.class);
        Arrays.stream(values()).filter(s -> s.peutDevenir(suivant)).forEach(precedents::add);
        return precedents;
    }

    /** Seul un brouillon se modifie ; après la validation, seul l'agent de mairie corrige, dans le dossier. */
    public boolean modifiableParLUsager() {
        return this == BROUILLON;
    }

    /** Une transition que le cycle de vie interdit (par exemple valider une pré-demande déjà rappelée en mairie). */
    public static final class TransitionRefusee extends IllegalStateException {

        private final StatutPreDemande de;
        private final StatutPreDemande vers;

        TransitionRefusee(StatutPreDemande de, StatutPreDemande vers) {
            super("Une pré-demande " + de + " ne peut pas devenir " + vers);
            this.de = de;
            this.vers = vers;
        }

        public StatutPreDemande de() {
            return de;
        }

        public StatutPreDemande vers() {
            return vers;
        }
    }
}
