package fr.predemande.demande.internal;

import fr.predemande.demande.Declaration;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.impression.Ligne;
import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Rubrique;
import fr.predemande.justificatifs.DroitDeTimbre;
import fr.predemande.justificatifs.ListeDesJustificatifs;
import fr.predemande.justificatifs.ReglesDesJustificatifs;
import fr.predemande.justificatifs.Situation;
import fr.predemande.saisie.Noms;
import fr.predemande.web.UrlPublique;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Ce qu'une déclaration implique : les pièces et les timbres d'après les règles, et le récapitulatif à imprimer. */
@Component
class Recapitulatifs {

    private static final Locale FR = Locale.FRANCE;

    private final VueDesReponses vue;
    private final MessageSource messages;
    private final UrlPublique urlPublique;
    private final Clock horloge;

    Recapitulatifs(VueDesReponses vue, MessageSource messages, UrlPublique urlPublique, Clock horloge) {
        this.vue = vue;
        this.messages = messages;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
    }

    /**
     * Les pièces et les timbres, l'âge compté à ce jour ; vide tant qu'une réponse dont les règles dépendent manque, ou
     * pour un mineur (ses pièces ne sont pas encore dans les règles ; la page de vérification l'arrête avant).
     */
    Optional<ListeDesJustificatifs> justificatifs(Declaration declaration) {
        return declaration
                .situation(LocalDate.now(horloge))
                .filter(Situation::majeur)
                .map(ReglesDesJustificatifs::pour);
    }

    Recapitulatif pour(Declaration declaration, NumeroPreDemande numero, LocalDate valableJusquAu) {
        var liste = justificatifs(declaration).orElseThrow(() -> new IllegalStateException("Réponses incomplètes"));
        var rubriques = vue.sections(declaration).stream()
                .map(s -> new Rubrique(
                        s.titre(),
                        s.lignes().stream()
                                .filter(l -> !l.valeur().isBlank())
                                .map(l -> new Ligne(l.libelle(), l.valeur()))
                                .toList()))
                .toList();
        var pieces = liste.pieces().stream().map(p -> texte(p.cleTitre())).toList();
        var e = declaration.etatCivil();
        return new Recapitulatif(
                numero.valeur(),
                numero.lisible(),
                valableJusquAu,
                urlPublique.de("/p/" + numero.valeur()),
                intitule(declaration),
                Noms.enMajuscules(e.nomNaissance()) + " " + String.join(", ", e.prenoms()),
                rubriques,
                pieces,
                montant(liste),
                detailDesTimbres(liste));
    }

    String intitule(Declaration declaration) {
        var demande = declaration.demande();
        if (demande.titre() == null || demande.motif() == null) {
            return texte("demande.liste.sans-titre");
        }
        return texte(
                "demande.intitule",
                texte("choix.titre." + demande.titre().name()),
                texte("choix.motif." + demande.motif().name()).toLowerCase(FR));
    }

    /** « 86 € », ou « Gratuit ». */
    String montant(ListeDesJustificatifs liste) {
        return liste.total().gratuit()
                ? texte("demande.timbre.gratuit")
                : liste.total().enEuros();
    }

    /** Titre par titre, en une ligne : « Carte nationale d’identité : gratuite ; passeport : 86 € ». */
    private String detailDesTimbres(ListeDesJustificatifs liste) {
        String detail = liste.droits().stream()
                .map(this::droit)
                .collect(Collectors.joining(texte("demande.timbre.separateur")));
        return detail.isEmpty() ? detail : detail.substring(0, 1).toUpperCase(FR) + detail.substring(1);
    }

    private String droit(DroitDeTimbre droit) {
        String montant = droit.montant().gratuit()
                ? texte("demande.timbre.titre-gratuit." + droit.titre().name())
                : droit.montant().enEuros();
        return texte(
                "demande.timbre.detail",
                texte("demande.timbre.titre." + droit.titre().name()),
                montant);
    }

    private String texte(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, FR);
    }
}
