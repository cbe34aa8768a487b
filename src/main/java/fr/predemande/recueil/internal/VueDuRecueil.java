package fr.predemande.recueil.internal;

import fr.predemande.demande.PreDemandeRetrouvee;
import fr.predemande.demande.SaisieAuGuichet;
import fr.predemande.justificatifs.ListeDesJustificatifs;
import fr.predemande.justificatifs.Montant;
import fr.predemande.justificatifs.ReglesDesJustificatifs;
import fr.predemande.justificatifs.Situation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Ce que les pages du poste montrent : la pré-demande retrouvée, et les messages de la recherche. */
@Component
public class VueDuRecueil {

    private static final Locale FR = Locale.FRANCE;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final SaisieAuGuichet saisie;
    private final MessageSource messages;
    private final Clock horloge;

    VueDuRecueil(SaisieAuGuichet saisie, MessageSource messages, Clock horloge) {
        this.saisie = saisie;
        this.messages = messages;
        this.horloge = horloge;
    }

    void preDemande(PreDemandeRetrouvee preDemande, Model modele) {
        modele.addAttribute("preDemande", preDemande);
        modele.addAttribute("validee", date(preDemande.valideeLe()));
        modele.addAttribute("valableJusquAu", DATE.format(preDemande.valableJusquAu()));
        modele.addAttribute("sections", saisie.sections(preDemande.declaration()));
        var liste = justificatifs(preDemande.declaration());
        modele.addAttribute("justificatifs", liste.orElse(null));
        modele.addAttribute("montantDu", liste.map(l -> montant(l.total())).orElse(null));
    }

    Optional<ListeDesJustificatifs> justificatifs(fr.predemande.demande.Declaration declaration) {
        return declaration
                .situation(LocalDate.now(horloge))
                .filter(Situation::majeur)
                .map(ReglesDesJustificatifs::pour);
    }

    public String montant(Montant montant) {
        return montant.gratuit() ? texte("recueil.gratuit") : montant.enEuros();
    }

    /** Le message de la recherche, à côté du champ et dans le résumé. */
    String erreur(RechercheDePreDemande.Resultat resultat) {
        if (resultat instanceof RechercheDePreDemande.Resultat.AutreSite autre) {
            return texte("recueil.recherche.autre-site", autre.hote());
        }
        if (resultat instanceof RechercheDePreDemande.Resultat.Inconnue inconnue) {
            return texte("recueil.recherche.inconnue", inconnue.numero().lisible());
        }
        if (resultat instanceof RechercheDePreDemande.Resultat.Expiree expiree) {
            return texte(
                    "recueil.recherche.expiree", expiree.numero().lisible(), DATE.format(expiree.valableJusquAu()));
        }
        if (resultat instanceof RechercheDePreDemande.Resultat.Purgee purgee) {
            return texte("recueil.recherche.purgee", purgee.numero().lisible(), DATE.format(purgee.valableJusquAu()));
        }
        if (resultat instanceof RechercheDePreDemande.Resultat.DejaUtilisee utilisee) {
            return texte(
                    "recueil.recherche.deja-utilisee",
                    utilisee.numero().lisible(),
                    utilisee.rappel().reference(),
                    utilisee.rappel().mairie(),
                    date(utilisee.le()));
        }
        if (resultat instanceof RechercheDePreDemande.Resultat.DejaEnDossier enDossier) {
            return enDossier.ici()
                    ? texte(
                            "recueil.recherche.deja-en-dossier.ici",
                            enDossier.numero().lisible(),
                            enDossier.numeroDeDemande(),
                            date(enDossier.le()))
                    : texte(
                            "recueil.recherche.deja-en-dossier",
                            enDossier.numero().lisible(),
                            enDossier.mairie(),
                            enDossier.numeroDeDemande(),
                            date(enDossier.le()));
        }
        return texte("recueil.recherche.mal-saisi");
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE_HEURE.format(instant.atZone(horloge.getZone()));
    }

    public String texte(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, FR);
    }
}
