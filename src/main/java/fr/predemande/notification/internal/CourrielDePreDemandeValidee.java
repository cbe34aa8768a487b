package fr.predemande.notification.internal;

import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.RecapitulatifGenere;
import fr.predemande.justificatifs.Montant;
import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
import fr.predemande.stockage.MagasinDeDocuments;
import fr.predemande.web.UrlPublique;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Après la validation, dès que le récapitulatif PDF est prêt : le courriel avec les consignes, le numéro et ce
 * récapitulatif en pièce jointe (le document stocké, celui que l'usager télécharge). Écouteur distinct de celui du SMS,
 * qui part dès la validation : chacun est relancé seul par l'outbox s'il échoue, sans renvoyer l'autre.
 */
@Component
class CourrielDePreDemandeValidee {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", RedactionDesCourriels.FRANCAIS);

    private final EnvoiCourriel envoi;
    private final MagasinDeDocuments magasin;
    private final MessageSource messages;
    private final TemplateEngine gabarits;
    private final UrlPublique urlPublique;

    CourrielDePreDemandeValidee(
            EnvoiCourriel envoi,
            MagasinDeDocuments magasin,
            MessageSource messages,
            TemplateEngine gabarits,
            UrlPublique urlPublique) {
        this.envoi = envoi;
        this.magasin = magasin;
        this.messages = messages;
        this.gabarits = gabarits;
        this.urlPublique = urlPublique;
    }

    @ExecuteursDesEnvois.EcouteurQuiEnvoieUnCourriel
    void envoyer(RecapitulatifGenere genere) {
        // Tout ce qui prend du temps (gabarit, lecture du PDF dans le magasin) se fait avant l'envoi, qui vient en
        // dernier : entre l'acceptation par le serveur SMTP et l'enregistrement par l'outbox, il ne reste que le
        // retour.
        Object[] arguments = {
            genere.prenoms(),
            genere.numero().lisible(),
            DATE.format(genere.valableJusquAu()),
            montant(genere.montantDesTimbres()),
            urlPublique.de(CheminsDeLaPreDemande.justificatifs(genere.id()))
        };
        String sujet = messages.getMessage("courriel.pre-demande.sujet", arguments, RedactionDesCourriels.FRANCAIS);
        String texte = messages.getMessage("courriel.pre-demande.texte", arguments, RedactionDesCourriels.FRANCAIS);
        var contexte = new Context(RedactionDesCourriels.FRANCAIS);
        contexte.setVariable("arguments", arguments);
        String html = gabarits.process("courriels/pre-demande-validee", contexte);
        byte[] pdf = magasin.lire(genere.recapitulatif());
        var courriel = new Courriel(
                Origines.de(genere),
                genere.courriel(),
                sujet,
                texte,
                html,
                List.of(new Courriel.PieceJointe(
                        "predemande-" + genere.numero().valeur() + ".pdf", "application/pdf", pdf)));
        envoi.envoyer(courriel);
    }

    /** « 86 € », ou « gratuit » : le montant se rédige ici, l'événement porte la somme. */
    private String montant(Montant montant) {
        return montant.gratuit()
                ? messages.getMessage("courriel.pre-demande.timbres.gratuit", null, RedactionDesCourriels.FRANCAIS)
                : montant.enEuros();
    }
}
