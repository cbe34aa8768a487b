package fr.predemande.impression.internal;

import fr.predemande.impression.GenerateurDeRecepisse;
import fr.predemande.impression.Recepisse;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * Le récépissé dans ses trois formes, à partir des mêmes textes ({@link ContenuDuRecepisse}) : ticket thermique en PDF
 * ({@link TicketThermiquePdf}), page A4 en PDF/A-2b (gabarit {@code impression/recepisse.html} par
 * {@link MiseEnPagePdfA}), commandes ESC/POS ({@link TicketEscPos}).
 */
@Component
class RecepisseImprime implements GenerateurDeRecepisse {

    private final MiseEnPagePdfA miseEnPage;
    private final TicketThermiquePdf ticketThermique;

    RecepisseImprime(MiseEnPagePdfA miseEnPage) {
        this.miseEnPage = miseEnPage;
        this.ticketThermique = new TicketThermiquePdf(miseEnPage.polices());
    }

    @Override
    public byte[] pdfThermique(Recepisse recepisse) {
        return ticketThermique.pdf(
                ContenuDuRecepisse.de(recepisse, miseEnPage),
                titre(recepisse),
                miseEnPage.message("impression.producteur"));
    }

    @Override
    public byte[] pdfA4(Recepisse recepisse) {
        var contexte = new Context(MiseEnPagePdfA.FRANCAIS);
        contexte.setVariable("recepisse", ContenuDuRecepisse.de(recepisse, miseEnPage));
        return miseEnPage.pdf(
                "recepisse",
                contexte,
                new DessinDuCodeBarres(CodeBarres128.modules(recepisse.numeroDeDemande())),
                "Récépissé " + recepisse.numeroDeDemande());
    }

    @Override
    public byte[] escPos(Recepisse recepisse) {
        return TicketEscPos.octets(ContenuDuRecepisse.de(recepisse, miseEnPage));
    }

    private String titre(Recepisse recepisse) {
        return miseEnPage.message("impression.recepisse.document.titre", recepisse.numeroDeDemande());
    }
}
