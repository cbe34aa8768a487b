package fr.predemande.demande.internal;

import fr.predemande.referentiel.Referentiel;
import fr.predemande.referentiel.ResolutionDeCommune;
import fr.predemande.saisie.Telephones;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Les réponses mises en mots, section par section, pour la page de vérification et pour le récapitulatif PDF. */
@Component
class VueDesReponses {

    private static final Locale FR = Locale.FRANCE;
    private final MessageSource messages;
    private final Referentiel referentiel;

    VueDesReponses(MessageSource messages, Referentiel referentiel) {
        this.messages = messages;
        this.referentiel = referentiel;
    }

    List<SectionAffichee> sections(Reponses r) {
        var sections = new ArrayList<SectionAffichee>();
        var m = r.getMotif();
        var lignes = new ArrayList<LigneAffichee>();
        ligne(lignes, "titre", choix("titre", m.getTitre()));
        ligne(lignes, "motif", choix("motif", m.getMotif()));
        ligne(lignes, "titreSecurise", choix("oui-non", m.getTitreSecurise()));
        if (!m.getAncienTitreNumero().isBlank()) {
            ligne(lignes, "ancienTitreType", choix("ancien-titre-type", m.getAncienTitreType()));
            ligne(lignes, "ancienTitreNumero", m.getAncienTitreNumero().toUpperCase(FR));
            ligne(lignes, "ancienTitreDateDelivrance", m.getAncienTitreDateDelivrance());
            ligne(lignes, "ancienTitreDateExpiration", m.getAncienTitreDateExpiration());
            ligne(lignes, "ancienTitreAutorite", m.getAncienTitreAutorite());
            ligne(lignes, "ancienTitrePresentable", choix("oui-non", m.getAncienTitrePresentable()));
        }
        sections.add(new SectionAffichee(Section.MOTIF, texte("demande.section.MOTIF"), lignes));

        var e = r.getEtatCivil();
        lignes = new ArrayList<>();
        ligne(lignes, "sexe", choix("sexe", e.getSexe()));
        ligne(lignes, "nomNaissance", e.getNomNaissance().toUpperCase(FR));
        ligne(lignes, "nomUsage", e.getNomUsage().toUpperCase(FR));
        if (!e.getNomUsage().isBlank()) {
            ligne(lignes, "mentionNomUsage", choix("mention", e.getMentionNomUsage()));
        }
        ligne(lignes, "prenoms", e.getPrenoms());
        ligne(lignes, "dateNaissance", e.getDateNaissance());
        if (ValidationDesSections.estEnFrance(e.getPaysNaissance())) {
            ligne(lignes, "communeNaissance", commune(e.getCommuneNaissance()));
        } else {
            ligne(lignes, "paysNaissance", e.getPaysNaissance());
            ligne(lignes, "villeNaissanceEtranger", e.getVilleNaissanceEtranger());
        }
        ligne(lignes, "taille", e.getTaille().isBlank() ? "" : texte("demande.taille.valeur", e.getTaille().strip()));
        if (!e.getCouleurYeux().isBlank()) {
            ligne(lignes, "couleurYeux", choix("yeux", e.getCouleurYeux()));
        }
        sections.add(new SectionAffichee(Section.ETAT_CIVIL, texte("demande.section.ETAT_CIVIL"), lignes));

        var f = r.getFiliation();
        lignes = new ArrayList<>();
        parent(lignes, 1, f.getParent1Inconnu(), f.getParent1Nom(), f.getParent1Prenoms(), f.getParent1DateNaissance(), f.getParent1LieuNaissance());
        parent(lignes, 2, f.getParent2Inconnu(), f.getParent2Nom(), f.getParent2Prenoms(), f.getParent2DateNaissance(), f.getParent2LieuNaissance());
        sections.add(new SectionAffichee(Section.FILIATION, texte("demande.section.FILIATION"), lignes));

        var n = r.getNationalite();
        lignes = new ArrayList<>();
        ligne(lignes, "acquisition", choix("acquisition", n.getAcquisition()));
        ligne(lignes, "precision", n.getPrecision());
        sections.add(new SectionAffichee(Section.NATIONALITE, texte("demande.section.NATIONALITE"), lignes));

        var a = r.getAdresse();
        lignes = new ArrayList<>();
        ligne(lignes, "typeAdresse", choix("type-adresse", a.getTypeAdresse()));
        ligne(lignes, "nomHebergeant", a.getNomHebergeant().toUpperCase(FR));
        ligne(lignes, "ligne1", a.getLigne1());
        ligne(lignes, "ligne2", a.getLigne2());
        ligne(lignes, "codePostal", a.getCodePostal());
        ligne(lignes, "commune", commune(a.getCommune()));
        sections.add(new SectionAffichee(Section.ADRESSE, texte("demande.section.ADRESSE"), lignes));

        var c = r.getContact();
        lignes = new ArrayList<>();
        ligne(lignes, "courriel", c.getCourriel());
        ligne(lignes, "telephone", telephone(c.getTelephone()));
        sections.add(new SectionAffichee(Section.CONTACT, texte("demande.section.CONTACT"), lignes));
        return sections;
    }

    private void parent(List<LigneAffichee> lignes, int numero, String inconnu, String nom, String prenoms, String date, String lieu) {
        String p = "parent" + numero;
        if ("true".equals(inconnu)) {
            lignes.add(new LigneAffichee(p + "Inconnu", texte("champ." + p + "Nom"), texte("demande.parent.inconnu")));
            return;
        }
        ligne(lignes, p + "Nom", nom.toUpperCase(FR));
        ligne(lignes, p + "Prenoms", prenoms);
        ligne(lignes, p + "DateNaissance", date);
        ligne(lignes, p + "LieuNaissance", lieu);
    }

    private void ligne(List<LigneAffichee> lignes, String champ, String valeur) {
        lignes.add(new LigneAffichee(champ, texte("champ." + champ), valeur == null ? "" : valeur.strip()));
    }

    private String choix(String famille, String valeur) {
        return valeur == null || valeur.isBlank() ? "" : messages.getMessage("choix." + famille + "." + valeur, null, valeur, FR);
    }

    private String commune(String saisie) {
        if (saisie == null || saisie.isBlank()) {
            return "";
        }
        return referentiel.resoudreCommune(saisie) instanceof ResolutionDeCommune.Trouvee trouvee
                ? trouvee.commune().nom() + " (" + trouvee.commune().codeDepartement() + ")"
                : saisie;
    }

    private static String telephone(String saisie) {
        try {
            return saisie.isBlank() ? "" : Telephones.pourAffichage(Telephones.versE164(saisie));
        } catch (IllegalArgumentException e) {
            return saisie;
        }
    }

    private String texte(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, FR);
    }
}
