package fr.predemande.demande.internal;

import fr.predemande.demande.Declaration;
import fr.predemande.saisie.Telephones;

/**
 * Une déclaration remise en formulaires, pour être corrigée au guichet avec les mêmes pages et les mêmes règles : le
 * chemin inverse de {@link Declarations#de}. Une déclaration lue puis remise ainsi se relit à l'identique.
 */
final class ReponsesDUneDeclaration {

    private ReponsesDUneDeclaration() {}

    static Reponses de(Declaration d) {
        var r = new Reponses();
        var m = r.getMotif();
        m.setTitre(d.demande().titre());
        m.setMotif(d.demande().motif());
        m.setTitreSecurise(d.demande().titreSecurise());
        var t = d.demande().ancienTitre();
        if (t != null) {
            m.setAncienTitreType(t.type());
            m.setAncienTitreNumero(t.numero());
            m.setAncienTitreDateDelivrance(Dates.afficher(t.delivreLe()));
            m.setAncienTitreDateExpiration(Dates.afficher(t.expireLe()));
            m.setAncienTitreAutorite(t.autorite());
            m.setAncienTitrePresentable(t.presentable());
        }
        var e = r.getEtatCivil();
        var ec = d.etatCivil();
        e.setSexe(ec.sexe());
        e.setNomNaissance(ec.nomNaissance());
        e.setNomUsage(ec.nomUsage());
        e.setMentionNomUsage(ec.mentionNomUsage());
        e.setDivorceGardantLeNom(ec.divorceGardantLeNom());
        e.setPrenoms(String.join(", ", ec.prenoms()));
        e.setDateNaissance(Dates.afficher(ec.dateNaissance()));
        var lieu = ec.lieuNaissance();
        if (lieu != null && lieu.enFrance() && lieu.commune() != null) {
            e.setCommuneNaissance(lieu.commune().libelle());
        } else if (lieu != null && !lieu.enFrance()) {
            e.setPaysNaissance(lieu.pays().nom());
            e.setVilleNaissanceEtranger(lieu.villeEtranger());
        }
        e.setTaille(ec.tailleCm() == null ? "" : ec.tailleCm().toString());
        e.setCouleurYeux(ec.couleurYeux());
        var f = r.getFiliation();
        parent(
                d.filiation().parent1(),
                f::setParent1Inconnu,
                f::setParent1Nom,
                f::setParent1Prenoms,
                f::setParent1DateNaissance,
                f::setParent1LieuNaissance);
        parent(
                d.filiation().parent2(),
                f::setParent2Inconnu,
                f::setParent2Nom,
                f::setParent2Prenoms,
                f::setParent2DateNaissance,
                f::setParent2LieuNaissance);
        r.getNationalite().setAcquisition(d.nationalite().acquisition());
        r.getNationalite().setPrecision(d.nationalite().precision());
        var a = r.getAdresse();
        var ad = d.adresse();
        a.setTypeAdresse(ad.type());
        a.setNomHebergeant(ad.nomHebergeant());
        a.setLigne1(ad.ligne1());
        a.setLigne2(ad.ligne2());
        a.setCodePostal(ad.codePostal());
        a.setCommune(ad.commune() == null ? "" : ad.commune().libelle(ad.codePostal()));
        r.getContact().setCourriel(d.contact().courriel());
        r.getContact()
                .setTelephone(
                        d.contact().telephone() == null
                                ? ""
                                : Telephones.pourAffichage(d.contact().telephone()));
        return r;
    }

    private static void parent(
            Declaration.Parent parent,
            java.util.function.Consumer<Boolean> inconnu,
            java.util.function.Consumer<String> nom,
            java.util.function.Consumer<String> prenoms,
            java.util.function.Consumer<String> date,
            java.util.function.Consumer<String> lieu) {
        if (parent == null) {
            return;
        }
        inconnu.accept(parent.inconnu());
        nom.accept(parent.nom());
        prenoms.accept(String.join(", ", parent.prenoms()));
        date.accept(Dates.afficher(parent.dateNaissance()));
        lieu.accept(parent.lieuNaissance());
    }
}
