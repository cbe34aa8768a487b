package fr.predemande.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Le journal d'audit vu des autres modules. */
public interface JournalDAudit {

    /**
     * Consigne une entrée. Dans la transaction en cours s'il y en a une (l'entrée et l'action réussissent ou échouent
     * ensemble), sinon dans la sienne.
     */
    void consigner(EntreeDAudit entree);

    /** Les entrées d'une mairie, les plus récentes d'abord, filtrées par acteur, objet et période (null : tous). */
    List<EntreeConsignee> rechercher(UUID mairie, String acteur, String objet, Instant depuis, Instant jusqua, int max);

    /** Recalcule toute la chaîne : intacte, ou la première entrée dont l'empreinte ne correspond plus. */
    VerificationDuJournal verifier();

    /** Une entrée telle qu'enregistrée. */
    record EntreeConsignee(long numero, Instant le, EntreeDAudit entree, String empreinte) {}

    /** Le résultat de la vérification : nombre d'entrées relues, et la première rupture s'il y en a une. */
    record VerificationDuJournal(long entreesVerifiees, Long premiereEntreeAlteree) {

        public boolean intact() {
            return premiereEntreeAlteree == null;
        }
    }
}
