package fr.predemande.demande.internal;

import fr.predemande.demande.Declaration;
import fr.predemande.demande.LigneAffichee;
import fr.predemande.demande.Section;
import fr.predemande.demande.SectionAffichee;
import fr.predemande.referentiel.Commune;
import fr.predemande.saisie.Noms;
import fr.predemande.saisie.Telephones;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Une déclaration mise en mots, section par section : la page de vérification et le récapitulatif PDF se lisent de la
 * même façon. Une réponse absente est une valeur vide.
 */
@Component
class VueDesReponses {

    private static final Locale FR = Locale.FRANCE;
    private final MessageSource messages;

    VueDesReponses(MessageSource messages) {
        this.messages = messages;
    }

    List<SectionAffichee> sections(Declaration d) {
        return List.of(
                motif(d.demande()),
                etatCivil(d.etatCivil()),
                filiation(d.filiation()),
                nationalite(d.nationalite()),
                adresse(d.adresse()),
                contact(d.contact()));
    }

    /** Le problème tel que le résumé de la page de vérification le montre : « Filiation : indiquez le nom… ». */
    String probleme(ControlesDeCoherence.Probleme probleme) {
        String message = messages.getMessage(probleme.message(), FR);
        return texte(
                "demande.verification.probleme",
                texte("demande.section." + probleme.section().name()),
                message.isEmpty() ? message : message.substring(0, 1).toLowerCase(FR) + message.substring(1));
    }

    private SectionAffichee motif(Declaration.Demande m) {
        var lignes = new ArrayList<LigneAffichee>();
        ligne(lignes, "titre", choix("titre", m.titre()));
        ligne(lignes, "motif", choix("motif", m.motif()));
        ligne(lignes, "titreSecurise", choix("oui-non", m.titreSecurise()));
        var t = m.ancienTitre();
        if (t != null) {
            ligne(lignes, "ancienTitreType", choix("ancien-titre-type", t.type()));
            ligne(lignes, "ancienTitreNumero", t.numero());
            ligne(lignes, "ancienTitreDateDelivrance", Dates.afficher(t.delivreLe()));
            ligne(lignes, "ancienTitreDateExpiration", Dates.afficher(t.expireLe()));
            ligne(lignes, "ancienTitreAutorite", t.autorite());
            if (!m.motif().titrePerdu()) {
                ligne(lignes, "ancienTitrePresentable", choix("oui-non", t.presentable()));
            }
        }
        return new SectionAffichee(Section.MOTIF, texte("demande.section.MOTIF"), lignes);
    }

    private SectionAffichee etatCivil(Declaration.EtatCivil e) {
        var lignes = new ArrayList<LigneAffichee>();
        ligne(lignes, "sexe", choix("sexe", e.sexe()));
        ligne(lignes, "nomNaissance", majuscules(e.nomNaissance()));
        ligne(lignes, "nomUsage", majuscules(e.nomUsage()));
        if (e.nomUsage() != null) {
            ligne(lignes, "mentionNomUsage", choix("mention", e.mentionNomUsage()));
            if (e.mentionNomUsage() != null && e.mentionNomUsage().vientDUnMariage()) {
                ligne(lignes, "divorceGardantLeNom", choix("oui-non", e.divorceGardantLeNom()));
            }
        }
        ligne(lignes, "prenoms", String.join(", ", e.prenoms()));
        ligne(lignes, "dateNaissance", Dates.afficher(e.dateNaissance()));
        var lieu = e.lieuNaissance();
        if (lieu == null || lieu.enFrance()) {
            ligne(lignes, "communeNaissance", lieu == null ? "" : commune(lieu.commune()));
        } else {
            ligne(lignes, "paysNaissance", lieu.pays().nom());
            ligne(lignes, "villeNaissanceEtranger", lieu.villeEtranger());
        }
        ligne(lignes, "taille", e.tailleCm() == null ? "" : texte("demande.taille.valeur", e.tailleCm()));
        if (e.couleurYeux() != null) {
            ligne(lignes, "couleurYeux", choix("yeux", e.couleurYeux()));
        }
        return new SectionAffichee(Section.ETAT_CIVIL, texte("demande.section.ETAT_CIVIL"), lignes);
    }

    private SectionAffichee filiation(Declaration.Filiation f) {
        var lignes = new ArrayList<LigneAffichee>();
        parent(lignes, 1, f.parent1());
        parent(lignes, 2, f.parent2());
        return new SectionAffichee(Section.FILIATION, texte("demande.section.FILIATION"), lignes);
    }

    private void parent(List<LigneAffichee> lignes, int numero, Declaration.Parent parent) {
        String p = "parent" + numero;
        if (parent.inconnu()) {
            lignes.add(new LigneAffichee(p + "Inconnu", texte("champ." + p + "Nom"), texte("demande.parent.inconnu")));
            return;
        }
        ligne(lignes, p + "Nom", majuscules(parent.nom()));
        ligne(lignes, p + "Prenoms", String.join(", ", parent.prenoms()));
        ligne(lignes, p + "DateNaissance", Dates.afficher(parent.dateNaissance()));
        ligne(lignes, p + "LieuNaissance", parent.lieuNaissance());
    }

    private SectionAffichee nationalite(Declaration.Nationalite n) {
        var lignes = new ArrayList<LigneAffichee>();
        ligne(lignes, "acquisition", choix("acquisition", n.acquisition()));
        ligne(lignes, "precision", n.precision());
        return new SectionAffichee(Section.NATIONALITE, texte("demande.section.NATIONALITE"), lignes);
    }

    private SectionAffichee adresse(Declaration.Adresse a) {
        var lignes = new ArrayList<LigneAffichee>();
        ligne(lignes, "typeAdresse", choix("type-adresse", a.type()));
        ligne(lignes, "nomHebergeant", majuscules(a.nomHebergeant()));
        ligne(lignes, "ligne1", a.ligne1());
        ligne(lignes, "ligne2", a.ligne2());
        ligne(lignes, "codePostal", a.codePostal());
        ligne(lignes, "commune", commune(a.commune()));
        return new SectionAffichee(Section.ADRESSE, texte("demande.section.ADRESSE"), lignes);
    }

    private SectionAffichee contact(Declaration.Contact c) {
        var lignes = new ArrayList<LigneAffichee>();
        ligne(lignes, "courriel", c.courriel());
        ligne(lignes, "telephone", c.telephone() == null ? "" : Telephones.pourAffichage(c.telephone()));
        return new SectionAffichee(Section.CONTACT, texte("demande.section.CONTACT"), lignes);
    }

    private void ligne(List<LigneAffichee> lignes, String champ, String valeur) {
        lignes.add(new LigneAffichee(champ, texte("champ." + champ), valeur == null ? "" : valeur.strip()));
    }

    /** Le libellé d'un choix : {@code choix.<famille>.<valeur>} (une énumération par son nom, un booléen OUI/NON). */
    private String choix(String famille, Object valeur) {
        if (valeur == null) {
            return "";
        }
        String cle = valeur instanceof Boolean oui ? (oui ? "true" : "false") : ((Enum<?>) valeur).name();
        return texte("choix." + famille + "." + cle);
    }

    private static String commune(Commune commune) {
        return commune == null ? "" : commune.nom() + " (" + commune.codeDepartement() + ")";
    }

    private static String majuscules(String nom) {
        return nom == null ? "" : Noms.enMajuscules(nom);
    }

    private String texte(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, FR);
    }
}
