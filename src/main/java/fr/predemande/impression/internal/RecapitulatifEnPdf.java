package fr.predemande.impression.internal;

import fr.predemande.impression.GenerateurDeRecapitulatif;
import fr.predemande.impression.Ligne;
import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Rubrique;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * Met en page le récapitulatif : le gabarit XHTML {@code impression/recapitulatif.html} (ses pièces communes avec le
 * support vierge dans {@code impression/commun.html}), en PDF/A-2b par {@link MiseEnPagePdfA}.
 */
@Component
class RecapitulatifEnPdf implements GenerateurDeRecapitulatif {

    private static final DateTimeFormatter MOIS_ET_ANNEE =
            DateTimeFormatter.ofPattern("MMMM uuuu", MiseEnPagePdfA.FRANCAIS);
    /** Repères des numéros de page dans le message de pagination ; aucun texte ne peut les contenir. */
    private static final String PAGE = "\u0000", PAGES = "\u0001";

    private final MiseEnPagePdfA miseEnPage;

    /** Un générateur qui a sa propre réserve de polices : pour les tests et les bancs. */
    RecapitulatifEnPdf(MessageSource messages) {
        this(new MiseEnPagePdfA(messages, new ReserveDePolices()));
    }

    @Autowired
    RecapitulatifEnPdf(MiseEnPagePdfA miseEnPage) {
        this.miseEnPage = miseEnPage;
    }

    @Override
    public byte[] pdf(Recapitulatif recapitulatif) {
        Recapitulatif propre = nettoye(recapitulatif);
        return miseEnPage.pdf(
                "recapitulatif",
                contexte(propre),
                new DessinDuQr(EncodageQr.modules(propre.urlDuQrCode())),
                "Récapitulatif " + recapitulatif.numero());
    }

    private Context contexte(Recapitulatif recapitulatif) {
        var contexte = new Context(MiseEnPagePdfA.FRANCAIS);
        contexte.setVariable("recapitulatif", recapitulatif);
        contexte.setVariable("numeroLisible", recapitulatif.numeroLisible());
        contexte.setVariable("groupesDuNumero", groupes(recapitulatif.numeroLisible()));
        contexte.setVariable("dateDeValidite", dateLongue(recapitulatif.valableJusquAu()));
        contexte.setVariable("pagination", pagination());
        return contexte;
    }

    /** Les groupes du numéro lisible, que le gabarit sépare d’une espace sans laisser la ligne s’y couper. */
    static List<String> groupes(String numeroLisible) {
        return List.of(numeroLisible.trim().split("\\s+"));
    }

    /** « 29 mai 2027 », et « 1er juin 2027 » comme l’écrit le français. */
    String dateLongue(LocalDate date) {
        return dateLongue(date, miseEnPage);
    }

    static String dateLongue(LocalDate date, MiseEnPagePdfA miseEnPage) {
        String jour = date.getDayOfMonth() == 1
                ? miseEnPage.message("impression.date.premier-du-mois")
                : String.valueOf(date.getDayOfMonth());
        return jour + " " + MOIS_ET_ANNEE.format(date);
    }

    /** Le message « page {0} / {1} » découpé autour des deux numéros, que le moteur PDF compte lui-même. */
    private List<String> pagination() {
        String message = miseEnPage.message("impression.pied.pagination", PAGE, PAGES);
        int page = message.indexOf(PAGE), pages = message.indexOf(PAGES);
        if (page < 0 || pages < page) {
            throw new IllegalStateException("impression.pied.pagination doit citer {0} puis {1} : " + message);
        }
        return List.of(message.substring(0, page), message.substring(page + 1, pages), message.substring(pages + 1));
    }

    /** Les textes reçus, imprimables ({@link TextesRecus}) ; l’échappement (&lt; &amp; …) est l’affaire de Thymeleaf. */
    private static Recapitulatif nettoye(Recapitulatif r) {
        return new Recapitulatif(
                texte(r.numero()),
                texte(r.numeroLisible()),
                r.valableJusquAu(),
                r.urlDuQrCode(),
                texte(r.intituleDeLaDemande()),
                texte(r.demandeur()),
                r.rubriques().stream()
                        .map(rubrique -> new Rubrique(
                                texte(rubrique.titre()),
                                rubrique.lignes().stream()
                                        .map(ligne -> new Ligne(texte(ligne.libelle()), texte(ligne.valeur())))
                                        .toList()))
                        .toList(),
                r.justificatifs().stream().map(RecapitulatifEnPdf::texte).toList(),
                texte(r.montantDesTimbres()),
                texte(r.detailDesTimbres()));
    }

    static String texte(String brut) {
        return TextesRecus.propre(brut);
    }
}
