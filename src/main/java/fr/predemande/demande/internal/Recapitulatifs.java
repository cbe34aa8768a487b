package fr.predemande.demande.internal;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.impression.Ligne;
import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Rubrique;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.DroitDeTimbre;
import fr.predemande.justificatifs.LieuDeNaissance;
import fr.predemande.justificatifs.ListeDesJustificatifs;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.ReglesDesJustificatifs;
import fr.predemande.justificatifs.Situation;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.justificatifs.ZoneTarifaire;
import fr.predemande.referentiel.Commune;
import fr.predemande.referentiel.Referentiel;
import fr.predemande.referentiel.ResolutionDeCommune;
import fr.predemande.web.UrlPublique;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Ce que les réponses impliquent : la situation pour les règles des justificatifs, et le récapitulatif à imprimer. */
@Component
class Recapitulatifs {

    private static final Locale FR = Locale.FRANCE;

    /** Le document à imprimer et le montant des timbres, en clair. */
    record RecapitulatifRedige(Recapitulatif document, String montant) {}

    private final VueDesReponses vue;
    private final Referentiel referentiel;
    private final MessageSource messages;
    private final UrlPublique urlPublique;
    private final Clock horloge;

    Recapitulatifs(VueDesReponses vue, Referentiel referentiel, MessageSource messages, UrlPublique urlPublique, Clock horloge) {
        this.vue = vue;
        this.referentiel = referentiel;
        this.messages = messages;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
    }

    /** La situation du demandeur, pour des réponses complètes et cohérentes (sinon vide). */
    Optional<Situation> situation(Reponses r) {
        try {
            var m = r.getMotif();
            var e = r.getEtatCivil();
            LocalDate naissance = Dates.lire(e.getDateNaissance()).orElseThrow();
            LieuDeNaissance lieu;
            if (!ValidationDesSections.estEnFrance(e.getPaysNaissance())) {
                lieu = LieuDeNaissance.ETRANGER;
            } else {
                lieu = commune(e.getCommuneNaissance()).map(Commune::comedec).orElse(false)
                        ? LieuDeNaissance.FRANCE_COMMUNE_COMEDEC
                        : LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC;
            }
            String departement = commune(r.getAdresse().getCommune()).map(Commune::codeDepartement).orElse(null);
            return Optional.of(new Situation(
                    TypeDeTitre.valueOf(m.getTitre()),
                    Motif.valueOf(m.getMotif()),
                    Period.between(naissance, LocalDate.now(horloge)).getYears(),
                    "OUI".equals(m.getTitreSecurise()),
                    lieu,
                    AcquisitionNationalite.valueOf(r.getNationalite().getAcquisition()),
                    TypeAdresse.valueOf(r.getAdresse().getTypeAdresse()),
                    e.getNomUsage().isBlank() ? null : MentionNomUsage.valueOf(e.getMentionNomUsage()),
                    false,
                    ZoneTarifaire.duDepartement(departement)));
        } catch (RuntimeException incomplet) {
            return Optional.empty();
        }
    }

    Optional<ListeDesJustificatifs> justificatifs(Reponses reponses) {
        return situation(reponses).map(ReglesDesJustificatifs::pour);
    }

    RecapitulatifRedige pour(Reponses r, NumeroPreDemande numero, LocalDate valableJusquAu) {
        var liste = justificatifs(r).orElseThrow(() -> new IllegalStateException("Réponses incomplètes"));
        var rubriques = vue.sections(r).stream()
                .map(s -> new Rubrique(s.titre(), s.lignes().stream()
                        .filter(l -> !l.valeur().isBlank())
                        .map(l -> new Ligne(l.libelle(), l.valeur()))
                        .toList()))
                .toList();
        var pieces = liste.pieces().stream().map(p -> texte(p.cleTitre())).toList();
        String montant = liste.total().gratuit() ? texte("demande.timbre.gratuit") : liste.total().enEuros();
        String detail = liste.droits().stream()
                .map(d -> texte("demande.timbre.detail", texte("choix.titre." + d.titre().name()), montantDe(d), texte(d.cleMotif())))
                .collect(Collectors.joining(" ; "));
        var e = r.getEtatCivil();
        var document = new Recapitulatif(numero.valeur(), numero.lisible(), valableJusquAu,
                urlPublique.de("/p/" + numero.valeur()), intitule(r), e.getNomNaissance().toUpperCase(FR) + " " + e.getPrenoms(),
                rubriques, pieces, montant, detail);
        return new RecapitulatifRedige(document, montant);
    }

    String intitule(Reponses r) {
        return texte("demande.intitule", texte("choix.titre." + r.getMotif().getTitre()),
                texte("choix.motif." + r.getMotif().getMotif()).toLowerCase(FR));
    }

    private String montantDe(DroitDeTimbre droit) {
        return droit.montant().gratuit() ? texte("demande.timbre.gratuit") : droit.montant().enEuros();
    }

    private Optional<Commune> commune(String saisie) {
        return referentiel.resoudreCommune(saisie) instanceof ResolutionDeCommune.Trouvee trouvee
                ? Optional.of(trouvee.commune())
                : Optional.empty();
    }

    private String texte(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, cle, FR);
    }
}
