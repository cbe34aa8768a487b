package fr.predemande.demande.internal;

import fr.predemande.demande.Section;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.referentiel.Commune;
import fr.predemande.referentiel.Referentiel;
import fr.predemande.referentiel.ResolutionDeCommune;
import fr.predemande.saisie.Courriels;
import fr.predemande.saisie.ErreurDeSaisie;
import fr.predemande.saisie.Noms;
import fr.predemande.saisie.Telephones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Les règles de chaque section, appliquées quand l'usager continue, et toutes à nouveau sur la page de vérification.
 * Chaque erreur est attachée à son champ, avec un code de message {@code demande.*} ou {@code saisie.*} ; un code
 * partagé par plusieurs champs (une date, une commune, un nom) a une variante par champ, {@code code.champ}, qui dit
 * de quelle date, de quelle commune ou de quel parent il s'agit.
 */
@Component
class ValidationDesSections {

    static final int TAILLE_MIN = 30;
    static final int TAILLE_MAX = 250;
    static final int LONGUEUR_LIGNE_ADRESSE = 38;
    /** Le libellé d'une commune proposée dans un message : au plus trois, les plus peuplées. */
    static final int COMMUNES_CITEES = 3;

    private final Referentiel referentiel;
    private final Clock horloge;

    ValidationDesSections(Referentiel referentiel, Clock horloge) {
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    void verifier(Section section, Reponses reponses, Errors erreurs) {
        switch (section) {
            case MOTIF -> motif(reponses.getMotif(), erreurs);
            case ETAT_CIVIL ->
                etatCivil(reponses.getEtatCivil(), reponses.getMotif().getTitre(), erreurs);
            case FILIATION -> filiation(reponses.getFiliation(), erreurs);
            case NATIONALITE -> nationalite(reponses.getNationalite(), erreurs);
            case ADRESSE -> adresse(reponses.getAdresse(), erreurs);
            case CONTACT -> contact(reponses.getContact(), erreurs);
        }
    }

    private void motif(FormulaireMotif f, Errors erreurs) {
        if (f.getTitre() == null) {
            rejeter(erreurs, "titre", "demande.titre.obligatoire");
        }
        Motif motif = f.getMotif();
        if (motif == null) {
            rejeter(erreurs, "motif", "demande.motif.obligatoire");
        } else if (f.getTitre() != null && !motif.permisPour(f.getTitre())) {
            rejeter(erreurs, "motif", "demande.motif.passeport-seulement");
        }
        if (f.getTitreSecurise() == null) {
            rejeter(erreurs, "titreSecurise", "demande.titre-securise.obligatoire");
        }
        if (motif != null && motif.exigeAncienTitre()) {
            if (f.getAncienTitreType() == null || f.getAncienTitreType() == TypeDeTitre.CNI_ET_PASSEPORT) {
                rejeter(erreurs, "ancienTitreType", "demande.ancien-titre.type");
            }
            if (!f.getAncienTitreNumero().matches("[0-9A-Z]{9,12}")) {
                rejeter(erreurs, "ancienTitreNumero", "demande.ancien-titre.numero");
            }
            datePassee(f.getAncienTitreDateDelivrance(), "ancienTitreDateDelivrance", true, erreurs);
            if (!f.getAncienTitreDateExpiration().isBlank()
                    && Dates.lire(f.getAncienTitreDateExpiration()).isEmpty()) {
                rejeter(erreurs, "ancienTitreDateExpiration", "demande.date.invalide");
            }
            if (!motif.titrePerdu() && f.getAncienTitrePresentable() == null) {
                rejeter(erreurs, "ancienTitrePresentable", "demande.ancien-titre.presentable");
            }
        }
    }

    private void etatCivil(FormulaireEtatCivil f, TypeDeTitre titre, Errors erreurs) {
        if (f.getSexe() == null) {
            rejeter(erreurs, "sexe", "demande.sexe.obligatoire");
        }
        rejeter(erreurs, "nomNaissance", Noms.verifierNom(f.getNomNaissance()));
        if (!f.getNomUsage().isBlank()) {
            rejeter(erreurs, "nomUsage", Noms.verifierNom(f.getNomUsage()));
            if (f.getMentionNomUsage() == null) {
                rejeter(erreurs, "mentionNomUsage", "demande.nom-usage.mention");
            } else if (f.isDivorceGardantLeNom() && !f.getMentionNomUsage().vientDUnMariage()) {
                rejeter(erreurs, "divorceGardantLeNom", "demande.nom-usage.divorce-sans-mariage");
            }
        } else if (f.getMentionNomUsage() != null) {
            rejeter(erreurs, "nomUsage", "demande.nom-usage.sans-nom");
        }
        rejeter(erreurs, "prenoms", Noms.verifierPrenoms(f.getPrenoms()));
        datePassee(f.getDateNaissance(), "dateNaissance", true, erreurs);
        if (estEnFrance(f.getPaysNaissance())) {
            commune(f.getCommuneNaissance(), "communeNaissance", erreurs);
        } else {
            if (referentiel.resoudrePays(f.getPaysNaissance()).isEmpty()) {
                rejeter(erreurs, "paysNaissance", "demande.pays.inconnu");
            }
            if (f.getVilleNaissanceEtranger().isBlank()) {
                rejeter(erreurs, "villeNaissanceEtranger", "demande.ville-etranger.obligatoire");
            }
        }
        String taille = f.getTaille().strip();
        if (!taille.matches("\\d{1,3}")
                || Integer.parseInt(taille) < TAILLE_MIN
                || Integer.parseInt(taille) > TAILLE_MAX) {
            rejeter(erreurs, "taille", "demande.taille.invalide", TAILLE_MIN, TAILLE_MAX);
        }
        if (titre != null && titre.inclutPasseport() && f.getCouleurYeux() == null) {
            rejeter(erreurs, "couleurYeux", "demande.couleur-yeux.obligatoire");
        }
    }

    private void filiation(FormulaireFiliation f, Errors erreurs) {
        if (f.isParent1Inconnu() && f.isParent2Inconnu()) {
            rejeter(erreurs, "parent1Inconnu", "demande.filiation.deux-inconnus");
        }
        if (!f.isParent1Inconnu()) {
            parent(f.getParent1Nom(), f.getParent1Prenoms(), f.getParent1DateNaissance(), "parent1", erreurs);
        }
        if (!f.isParent2Inconnu()) {
            parent(f.getParent2Nom(), f.getParent2Prenoms(), f.getParent2DateNaissance(), "parent2", erreurs);
        }
    }

    private void parent(String nom, String prenoms, String dateNaissance, String prefixe, Errors erreurs) {
        rejeter(erreurs, prefixe + "Nom", Noms.verifierNom(nom));
        rejeter(erreurs, prefixe + "Prenoms", Noms.verifierPrenoms(prenoms));
        if (!dateNaissance.isBlank()) {
            datePassee(dateNaissance, prefixe + "DateNaissance", false, erreurs);
        }
    }

    private void nationalite(FormulaireNationalite f, Errors erreurs) {
        if (f.getAcquisition() == null) {
            rejeter(erreurs, "acquisition", "demande.nationalite.obligatoire");
        } else if (f.getAcquisition() == AcquisitionNationalite.AUTRE
                && f.getPrecision().isBlank()) {
            rejeter(erreurs, "precision", "demande.nationalite.precision");
        }
    }

    private void adresse(FormulaireAdresse f, Errors erreurs) {
        if (f.getTypeAdresse() == null) {
            rejeter(erreurs, "typeAdresse", "demande.adresse.type");
        } else if (f.getTypeAdresse() == TypeAdresse.HEBERGE) {
            rejeter(erreurs, "nomHebergeant", Noms.verifierNom(f.getNomHebergeant()));
        }
        if (f.getLigne1().isBlank()) {
            rejeter(erreurs, "ligne1", "demande.adresse.ligne1");
        } else if (f.getLigne1().strip().length() > LONGUEUR_LIGNE_ADRESSE) {
            rejeter(erreurs, "ligne1", "demande.adresse.longueur", LONGUEUR_LIGNE_ADRESSE);
        }
        if (f.getLigne2().strip().length() > LONGUEUR_LIGNE_ADRESSE) {
            rejeter(erreurs, "ligne2", "demande.adresse.longueur", LONGUEUR_LIGNE_ADRESSE);
        }
        String codePostal = f.getCodePostal().strip();
        if (!codePostal.matches("\\d{5}")) {
            rejeter(erreurs, "codePostal", "demande.adresse.code-postal");
        }
        var commune = commune(f.getCommune(), "commune", erreurs);
        if (commune.isPresent()
                && codePostal.matches("\\d{5}")
                && !referentiel.codePostalCorrespond(commune.get().codeInsee(), codePostal)) {
            rejeter(erreurs, "codePostal", "demande.adresse.code-postal-commune");
        }
    }

    private void contact(FormulaireContact f, Errors erreurs) {
        rejeter(erreurs, "courriel", Courriels.verifier(f.getCourriel()));
        if (!f.getTelephone().isBlank()) {
            rejeter(erreurs, "telephone", Telephones.verifierMobile(f.getTelephone()));
        }
    }

    /** La commune saisie, si elle est reconnue sans ambiguïté ; sinon l'erreur cite les communes possibles. */
    private Optional<Commune> commune(String saisie, String champ, Errors erreurs) {
        if (saisie.isBlank()) {
            rejeter(erreurs, champ, "demande.commune.obligatoire");
            return Optional.empty();
        }
        ResolutionDeCommune resolution = referentiel.resoudreCommune(saisie);
        if (resolution instanceof ResolutionDeCommune.Trouvee trouvee) {
            return Optional.of(trouvee.commune());
        }
        if (resolution instanceof ResolutionDeCommune.Ambigue ambigue) {
            String exemples = ambigue.choix().stream()
                    .limit(COMMUNES_CITEES)
                    .map(commune -> "« " + commune.libelle() + " »")
                    .collect(Collectors.joining(", "));
            rejeter(erreurs, champ, "demande.commune.ambigue", ambigue.choix().size(), exemples);
        } else {
            rejeter(erreurs, champ, "demande.commune.inconnue");
        }
        return Optional.empty();
    }

    private void datePassee(String saisie, String champ, boolean obligatoire, Errors erreurs) {
        if (saisie.isBlank()) {
            if (obligatoire) {
                rejeter(erreurs, champ, "demande.date.obligatoire");
            }
            return;
        }
        Optional<LocalDate> date = Dates.lire(saisie);
        if (date.isEmpty()) {
            rejeter(erreurs, champ, "demande.date.invalide");
        } else if (date.get().isAfter(LocalDate.now(horloge))) {
            rejeter(erreurs, champ, "demande.date.future");
        } else if (date.get().getYear() < 1900) {
            rejeter(erreurs, champ, "demande.date.trop-ancienne");
        }
    }

    static boolean estEnFrance(String pays) {
        String p = pays == null ? "" : pays.strip();
        return p.isEmpty() || p.equalsIgnoreCase("France") || p.equals("99100");
    }

    private static void rejeter(Errors erreurs, String champ, String code, Object... arguments) {
        // une valeur qui n'a pas pu être lue (un choix inconnu) a déjà son erreur : une seule par champ
        if (!erreurs.hasFieldErrors(champ)) {
            erreurs.rejectValue(champ, code, arguments, null);
        }
    }

    private static void rejeter(Errors erreurs, String champ, Optional<ErreurDeSaisie> erreur) {
        erreur.ifPresent(e -> rejeter(erreurs, champ, e.code(), e.arguments().toArray()));
    }
}
