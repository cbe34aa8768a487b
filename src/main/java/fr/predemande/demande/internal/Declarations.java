package fr.predemande.demande.internal;

import fr.predemande.demande.Declaration;
import fr.predemande.referentiel.Commune;
import fr.predemande.referentiel.Referentiel;
import fr.predemande.referentiel.ResolutionDeCommune;
import fr.predemande.saisie.Noms;
import fr.predemande.saisie.Telephones;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Les réponses d'un brouillon lues en valeurs typées : les dates lisibles, les communes et pays reconnus, les
 * prénoms un à un, le téléphone en E.164. Ce qui ne se lit pas (pas encore donné, ou faux) est nul.
 */
@Component
class Declarations {

    private final Referentiel referentiel;

    Declarations(Referentiel referentiel) {
        this.referentiel = referentiel;
    }

    Declaration de(Reponses r) {
        var m = r.getMotif();
        var ancienTitre = m.getMotif() != null && m.getMotif().exigeAncienTitre()
                ? new Declaration.AncienTitre(
                        m.getAncienTitreType(),
                        vide(m.getAncienTitreNumero()),
                        Dates.lire(m.getAncienTitreDateDelivrance()).orElse(null),
                        Dates.lire(m.getAncienTitreDateExpiration()).orElse(null),
                        vide(m.getAncienTitreAutorite()),
                        m.getMotif().titrePerdu() ? null : m.getAncienTitrePresentable())
                : null;
        var e = r.getEtatCivil();
        boolean aUnNomDUsage = !e.getNomUsage().isBlank();
        var etatCivil = new Declaration.EtatCivil(
                e.getSexe(),
                vide(e.getNomNaissance()),
                aUnNomDUsage ? e.getNomUsage().strip() : null,
                aUnNomDUsage ? e.getMentionNomUsage() : null,
                aUnNomDUsage && e.isDivorceGardantLeNom(),
                Noms.decouperPrenoms(e.getPrenoms()),
                Dates.lire(e.getDateNaissance()).orElse(null),
                naissance(e),
                taille(e.getTaille()),
                r.getMotif().getTitre() != null && r.getMotif().getTitre().inclutPasseport()
                        ? e.getCouleurYeux()
                        : null);
        var f = r.getFiliation();
        var filiation = new Declaration.Filiation(
                parent(
                        f.isParent1Inconnu(),
                        f.getParent1Nom(),
                        f.getParent1Prenoms(),
                        f.getParent1DateNaissance(),
                        f.getParent1LieuNaissance()),
                parent(
                        f.isParent2Inconnu(),
                        f.getParent2Nom(),
                        f.getParent2Prenoms(),
                        f.getParent2DateNaissance(),
                        f.getParent2LieuNaissance()));
        var n = r.getNationalite();
        var a = r.getAdresse();
        var c = r.getContact();
        return new Declaration(
                new Declaration.Demande(m.getTitre(), m.getMotif(), m.getTitreSecurise(), ancienTitre),
                etatCivil,
                filiation,
                new Declaration.Nationalite(n.getAcquisition(), vide(n.getPrecision())),
                new Declaration.Adresse(
                        a.getTypeAdresse(),
                        vide(a.getNomHebergeant()),
                        vide(a.getLigne1()),
                        vide(a.getLigne2()),
                        vide(a.getCodePostal()),
                        commune(a.getCommune()).orElse(null)),
                new Declaration.Contact(vide(c.getCourriel()), telephone(c.getTelephone())));
    }

    private Declaration.Naissance naissance(FormulaireEtatCivil e) {
        if (ValidationDesSections.estEnFrance(e.getPaysNaissance())) {
            return commune(e.getCommuneNaissance())
                    .map(commune -> new Declaration.Naissance(commune, null, null))
                    .orElse(null);
        }
        return referentiel
                .resoudrePays(e.getPaysNaissance())
                .map(pays -> new Declaration.Naissance(null, pays, vide(e.getVilleNaissanceEtranger())))
                .orElse(null);
    }

    private static Declaration.Parent parent(boolean inconnu, String nom, String prenoms, String date, String lieu) {
        if (inconnu) {
            return new Declaration.Parent(true, null, null, null, null);
        }
        return new Declaration.Parent(
                false,
                vide(nom),
                Noms.decouperPrenoms(prenoms),
                Dates.lire(date).orElse(null),
                vide(lieu));
    }

    Optional<Commune> commune(String saisie) {
        return saisie != null
                        && !saisie.isBlank()
                        && referentiel.resoudreCommune(saisie) instanceof ResolutionDeCommune.Trouvee trouvee
                ? Optional.of(trouvee.commune())
                : Optional.empty();
    }

    private static Integer taille(String saisie) {
        String texte = saisie.strip();
        return texte.matches("\\d{1,3}") ? Integer.valueOf(texte) : null;
    }

    private static String telephone(String saisie) {
        try {
            return saisie.isBlank() ? null : Telephones.versE164(saisie);
        } catch (IllegalArgumentException illisible) {
            return null;
        }
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }
}
