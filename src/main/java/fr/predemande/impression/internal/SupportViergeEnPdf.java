package fr.predemande.impression.internal;

import fr.predemande.impression.GenerateurDeSupportVierge;
import fr.predemande.impression.NumeroEtQr;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * Le support vierge : le gabarit {@code impression/support-vierge.html}, fait des pièces du récapitulatif
 * ({@code impression/commun.html} : numéro, QR code, cadres), en PDF/A-2b par {@link MiseEnPagePdfA}.
 */
@Component
class SupportViergeEnPdf implements GenerateurDeSupportVierge {

    private final MiseEnPagePdfA miseEnPage;

    SupportViergeEnPdf(MiseEnPagePdfA miseEnPage) {
        this.miseEnPage = miseEnPage;
    }

    @Override
    public byte[] supportVierge(NumeroEtQr numeroEtQr) {
        String numeroLisible = TextesRecus.propre(numeroEtQr.numeroLisible());
        var contexte = new Context(MiseEnPagePdfA.FRANCAIS);
        contexte.setVariable("numeroLisible", numeroLisible);
        contexte.setVariable("groupesDuNumero", RecapitulatifEnPdf.groupes(numeroLisible));
        return miseEnPage.pdf(
                "support-vierge",
                contexte,
                new DessinDuQr(EncodageQr.modules(numeroEtQr.urlDuQrCode())),
                "Support vierge " + numeroEtQr.numero());
    }
}
