package fr.predemande.demande.internal;

import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.referentiel.Referentiel;
import fr.predemande.referentiel.ResolutionDeCommune;
import fr.predemande.saisie.Courriels;
import fr.predemande.saisie.ErreurDeSaisie;
import fr.predemande.saisie.Noms;
import fr.predemande.saisie.Telephones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Les règles de chaque section, appliquées quand l'usager continue, et toutes à nouveau sur la page de vérification.
 * Chaque erreur est attachée à son champ, avec un code de message {@code demande.*} ou {@code saisie.*}.
 */
@Component
class ValidationDesSections {

    static final List<String> COULEURS_DES_YEUX = List.of("BLEU", "VERT", "GRIS", "MARRON", "NOIR", "NOISETTE", "VAIRONS", "AUTRE");
    static final int TAILLE_MIN = 30;
    static final int TAILLE_MAX = 250;

    private final Referentiel referentiel;
    private final Clock horloge;

    ValidationDesSections(Referentiel referentiel, Clock horloge) {
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    void verifier(Section section, Reponses reponses, Errors erreurs) {
        switch (section) {
            case MOTIF -> motif(reponses.getMotif(), erreurs);
            case ETAT_CIVIL -> etatCivil(reponses.getEtatCivil(), titre(reponses), erreurs);
            case FILIATION -> filiation(reponses.getFiliation(), erreurs);
            case NATIONALITE -> nationalite(reponses.getNationalite(), erreurs);
            case ADRESSE -> adresse(reponses.getAdresse(), erreurs);
            case CONTACT -> contact(reponses.getContact(), erreurs);
        }
    }

    private void motif(FormulaireMotif f, Errors erreurs) {
        Optional<TypeDeTitre> titre = valeur(TypeDeTitre.class, f.getTitre());
        Optional<Motif> motif = valeur(Motif.class, f.getMotif());
        if (titre.isEmpty()) {
            erreurs.rejectValue("titre", "demande.titre.obligatoire");
        }
        if (motif.isEmpty()) {
            erreurs.rejectValue("motif", "demande.motif.obligatoire");
        } else if (motif.get().passeportSeulement() && titre.map(TypeDeTitre::inclutCni).orElse(false)) {
            erreurs.rejectValue("motif", "demande.motif.passeport-seulement");
        }
        if (!List.of("OUI", "NON").contains(f.getTitreSecurise())) {
            erreurs.rejectValue("titreSecurise", "demande.titre-securise.obligatoire");
        }
        if (motif.map(Motif::exigeAncienTitre).orElse(false)) {
            if (!List.of("CNI", "PASSEPORT").contains(f.getAncienTitreType())) {
                erreurs.rejectValue("ancienTitreType", "demande.ancien-titre.type");
            }
            if (!f.getAncienTitreNumero().strip().toUpperCase().matches("[0-9A-Z]{9,12}")) {
                erreurs.rejectValue("ancienTitreNumero", "demande.ancien-titre.numero");
            }
            datePassee(f.getAncienTitreDateDelivrance(), "ancienTitreDateDelivrance", true, erreurs);
            if (!f.getAncienTitreDateExpiration().isBlank() && Dates.lire(f.getAncienTitreDateExpiration()).isEmpty()) {
                erreurs.rejectValue("ancienTitreDateExpiration", "demande.date.invalide");
            }
            boolean perdu = motif.get() == Motif.PERTE || motif.get() == Motif.VOL;
            if (!perdu && !List.of("OUI", "NON").contains(f.getAncienTitrePresentable())) {
                erreurs.rejectValue("ancienTitrePresentable", "demande.ancien-titre.presentable");
            }
        }
    }

    private void etatCivil(FormulaireEtatCivil f, Optional<TypeDeTitre> titre, Errors erreurs) {
        if (!List.of("M", "F").contains(f.getSexe())) {
            erreurs.rejectValue("sexe", "demande.sexe.obligatoire");
        }
        rejeter(erreurs, "nomNaissance", Noms.verifierNom(f.getNomNaissance()));
        if (!f.getNomUsage().isBlank()) {
            rejeter(erreurs, "nomUsage", Noms.verifierNom(f.getNomUsage()));
            if (valeur(MentionNomUsage.class, f.getMentionNomUsage()).isEmpty()) {
                erreurs.rejectValue("mentionNomUsage", "demande.nom-usage.mention");
            }
        } else if (!f.getMentionNomUsage().isBlank()) {
            erreurs.rejectValue("nomUsage", "demande.nom-usage.sans-nom");
        }
        rejeter(erreurs, "prenoms", Noms.verifierPrenoms(f.getPrenoms()));
        datePassee(f.getDateNaissance(), "dateNaissance", true, erreurs);
        if (estEnFrance(f.getPaysNaissance())) {
            commune(f.getCommuneNaissance(), "communeNaissance", erreurs);
        } else {
            if (referentiel.resoudrePays(f.getPaysNaissance()).isEmpty()) {
                erreurs.rejectValue("paysNaissance", "demande.pays.inconnu");
            }
            if (f.getVilleNaissanceEtranger().isBlank()) {
                erreurs.rejectValue("villeNaissanceEtranger", "demande.ville-etranger.obligatoire");
            }
        }
        try {
            int taille = Integer.parseInt(f.getTaille().strip());
            if (taille < TAILLE_MIN || taille > TAILLE_MAX) {
                erreurs.rejectValue("taille", "demande.taille.invalide", new Object[] {TAILLE_MIN, TAILLE_MAX}, null);
            }
        } catch (NumberFormatException e) {
            erreurs.rejectValue("taille", "demande.taille.invalide", new Object[] {TAILLE_MIN, TAILLE_MAX}, null);
        }
        if (titre.map(TypeDeTitre::inclutPasseport).orElse(false) && !COULEURS_DES_YEUX.contains(f.getCouleurYeux())) {
            erreurs.rejectValue("couleurYeux", "demande.couleur-yeux.obligatoire");
        }
    }

    private void filiation(FormulaireFiliation f, Errors erreurs) {
        boolean inconnu1 = "true".equals(f.getParent1Inconnu());
        boolean inconnu2 = "true".equals(f.getParent2Inconnu());
        if (inconnu1 && inconnu2) {
            erreurs.rejectValue("parent1Inconnu", "demande.filiation.deux-inconnus");
        }
        if (!inconnu1) {
            parent(f.getParent1Nom(), f.getParent1Prenoms(), f.getParent1DateNaissance(), "parent1", erreurs);
        }
        if (!inconnu2) {
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
        Optional<AcquisitionNationalite> acquisition = valeur(AcquisitionNationalite.class, f.getAcquisition());
        if (acquisition.isEmpty()) {
            erreurs.rejectValue("acquisition", "demande.nationalite.obligatoire");
        } else if (acquisition.get() == AcquisitionNationalite.AUTRE && f.getPrecision().isBlank()) {
            erreurs.rejectValue("precision", "demande.nationalite.precision");
        }
    }

    private void adresse(FormulaireAdresse f, Errors erreurs) {
        Optional<TypeAdresse> type = valeur(TypeAdresse.class, f.getTypeAdresse());
        if (type.isEmpty()) {
            erreurs.rejectValue("typeAdresse", "demande.adresse.type");
        } else if (type.get() == TypeAdresse.HEBERGE) {
            rejeter(erreurs, "nomHebergeant", Noms.verifierNom(f.getNomHebergeant()));
        }
        if (f.getLigne1().isBlank()) {
            erreurs.rejectValue("ligne1", "demande.adresse.ligne1");
        } else if (f.getLigne1().strip().length() > 38 || f.getLigne2().strip().length() > 38) {
            erreurs.rejectValue("ligne1", "demande.adresse.longueur", new Object[] {38}, null);
        }
        String codePostal = f.getCodePostal().strip();
        if (!codePostal.matches("\\d{5}")) {
            erreurs.rejectValue("codePostal", "demande.adresse.code-postal");
        }
        var commune = commune(f.getCommune(), "commune", erreurs);
        if (commune.isPresent() && codePostal.matches("\\d{5}") && !referentiel.codePostalCorrespond(commune.get(), codePostal)) {
            erreurs.rejectValue("codePostal", "demande.adresse.code-postal-commune");
        }
    }

    private void contact(FormulaireContact f, Errors erreurs) {
        rejeter(erreurs, "courriel", Courriels.verifier(f.getCourriel()));
        if (!f.getTelephone().isBlank()) {
            rejeter(erreurs, "telephone", Telephones.verifierMobile(f.getTelephone()));
        }
    }

    /** Le code INSEE de la commune saisie, si elle est reconnue sans ambiguïté. */
    private Optional<String> commune(String saisie, String champ, Errors erreurs) {
        if (saisie.isBlank()) {
            erreurs.rejectValue(champ, "demande.commune.obligatoire");
            return Optional.empty();
        }
        ResolutionDeCommune resolution = referentiel.resoudreCommune(saisie);
        if (resolution instanceof ResolutionDeCommune.Trouvee trouvee) {
            return Optional.of(trouvee.commune().codeInsee());
        }
        if (resolution instanceof ResolutionDeCommune.Ambigue ambigue) {
            erreurs.rejectValue(champ, "demande.commune.ambigue", new Object[] {ambigue.choix().size()}, null);
        } else {
            erreurs.rejectValue(champ, "demande.commune.inconnue");
        }
        return Optional.empty();
    }

    private void datePassee(String saisie, String champ, boolean obligatoire, Errors erreurs) {
        if (saisie.isBlank()) {
            if (obligatoire) {
                erreurs.rejectValue(champ, "demande.date.obligatoire");
            }
            return;
        }
        Optional<LocalDate> date = Dates.lire(saisie);
        if (date.isEmpty()) {
            erreurs.rejectValue(champ, "demande.date.invalide");
        } else if (date.get().isAfter(LocalDate.now(horloge))) {
            erreurs.rejectValue(champ, "demande.date.future");
        } else if (date.get().getYear() < 1900) {
            erreurs.rejectValue(champ, "demande.date.trop-ancienne");
        }
    }

    static boolean estEnFrance(String pays) {
        String p = pays == null ? "" : pays.strip();
        return p.isEmpty() || p.equalsIgnoreCase("France") || p.equals("99100");
    }

    static Optional<TypeDeTitre> titre(Reponses reponses) {
        return valeur(TypeDeTitre.class, reponses.getMotif().getTitre());
    }

    static <E extends Enum<E>> Optional<E> valeur(Class<E> type, String texte) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(texte)).findFirst();
    }

    private static void rejeter(Errors erreurs, String champ, Optional<ErreurDeSaisie> erreur) {
        erreur.ifPresent(e -> erreurs.rejectValue(champ, e.code(), e.arguments().toArray(), null));
    }
}
