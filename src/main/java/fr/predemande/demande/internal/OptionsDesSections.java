package fr.predemande.demande.internal;

import fr.predemande.demande.CouleurDesYeux;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.saisie.Sexe;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Les listes d'options des sections, une par choix : les valeurs des énumérations que les règles emploient aussi. Les
 * pages de l'usager et celles du guichet les reçoivent sous les mêmes noms.
 */
final class OptionsDesSections {

    private OptionsDesSections() {}

    static void ajouter(BiConsumer<String, Object> modele) {
        modele.accept("titres", TypeDeTitre.values());
        modele.accept("titresActuels", List.of(TypeDeTitre.CNI, TypeDeTitre.PASSEPORT));
        modele.accept("motifs", Motif.values());
        modele.accept("ouiNon", List.of(true, false));
        modele.accept("sexes", Sexe.values());
        modele.accept("mentions", MentionNomUsage.values());
        modele.accept("acquisitions", AcquisitionNationalite.values());
        modele.accept("typesAdresse", TypeAdresse.values());
        modele.accept("couleursYeux", CouleurDesYeux.values());
    }
}
