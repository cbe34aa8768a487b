package fr.predemande.impression.internal;

import fr.predemande.impression.Recepisse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Les textes du récépissé, rédigés une fois pour ses trois formes (PDF thermique, PDF A4, ESC/POS) : les textes fixes
 * viennent des messages {@code impression.recepisse.*}, les valeurs reçues sont rendues imprimables
 * ({@link TextesRecus}) et mises en forme (date en toutes lettres, nom en capitales, timbres masqués).
 *
 * @param details les lignes « libellé : valeur(s) » dans l’ordre d’impression
 */
record ContenuDuRecepisse(
        String entete,
        String titre,
        String libelleDuNumero,
        String numero,
        List<Detail> details,
        String phraseDeSuivi,
        String urlDeSuivi,
        String signature) {

    /** Une ligne du récépissé : son libellé, et sa ou ses valeurs, chacune sur sa ligne (les timbres). */
    record Detail(String libelle, List<String> valeurs) {}

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H'\u00a0h\u00a0'mm", Locale.FRANCE);

    static ContenuDuRecepisse de(Recepisse recepisse, MiseEnPagePdfA textes) {
        String depot = textes.message(
                "impression.recepisse.depot.valeur",
                RecapitulatifEnPdf.dateLongue(recepisse.deposeeLe().toLocalDate(), textes),
                HEURE.format(recepisse.deposeeLe()));
        String titulaire = (TextesRecus.propre(recepisse.nomDuTitulaire())
                                .strip()
                                .toUpperCase(Locale.FRANCE) + " "
                        + TextesRecus.propre(recepisse.prenomsDuTitulaire()).strip())
                .strip();
        List<Detail> details = new ArrayList<>(List.of(
                new Detail(textes.message("impression.recepisse.depot"), List.of(depot)),
                new Detail(
                        textes.message("impression.recepisse.mairie"), List.of(TextesRecus.propre(recepisse.mairie()))),
                new Detail(textes.message("impression.recepisse.titulaire"), List.of(titulaire)),
                new Detail(
                        textes.message("impression.recepisse.demande"),
                        List.of(TextesRecus.propre(recepisse.titresDemandes()))),
                new Detail(
                        textes.message("impression.recepisse.montant"),
                        List.of(TextesRecus.propre(recepisse.montantAcquitte())))));
        if (!recepisse.timbresElectroniques().isEmpty()) {
            details.add(new Detail(
                    textes.message("impression.recepisse.timbres"),
                    recepisse.timbresElectroniques().stream()
                            .map(ContenuDuRecepisse::masque)
                            .toList()));
        }
        return new ContenuDuRecepisse(
                textes.message("impression.entete"),
                textes.message("impression.recepisse.titre"),
                textes.message("impression.recepisse.numero"),
                recepisse.numeroDeDemande(),
                List.copyOf(details),
                TextesRecus.propre(recepisse.phraseDeSuivi()),
                TextesRecus.propre(recepisse.urlDeSuivi()),
                textes.message("impression.recepisse.signature"));
    }

    /**
     * « **** **** **** 4821 » : le numéro d’un timbre électronique se rembourse ou se réutilise tant qu’il n’est pas
     * consommé ; le récépissé, qui se perd ou se photographie, n’en montre que de quoi le reconnaître.
     */
    static String masque(String timbre) {
        return "**** **** **** " + timbre.substring(timbre.length() - 4);
    }
}
