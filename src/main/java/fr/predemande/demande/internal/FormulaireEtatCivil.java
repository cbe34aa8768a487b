package fr.predemande.demande.internal;

import fr.predemande.demande.CouleurDesYeux;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.saisie.Sexe;

/** Section « État civil » du titulaire. Les choix sont typés ; le texte libre est gardé tel que tapé, même faux. */
public class FormulaireEtatCivil {

    private Sexe sexe;
    private String nomNaissance = "";
    private String nomUsage = "";
    private MentionNomUsage mentionNomUsage;
    private boolean divorceGardantLeNom;
    private String prenoms = "";
    private String dateNaissance = "";
    private String paysNaissance = "";
    private String communeNaissance = "";
    private String villeNaissanceEtranger = "";
    private String taille = "";
    private CouleurDesYeux couleurYeux;

    public Sexe getSexe() {
        return sexe;
    }

    public void setSexe(Sexe sexe) {
        this.sexe = sexe;
    }

    public String getNomNaissance() {
        return nomNaissance;
    }

    public void setNomNaissance(String nomNaissance) {
        this.nomNaissance = Textes.texte(nomNaissance);
    }

    public String getNomUsage() {
        return nomUsage;
    }

    public void setNomUsage(String nomUsage) {
        this.nomUsage = Textes.texte(nomUsage);
    }

    public MentionNomUsage getMentionNomUsage() {
        return mentionNomUsage;
    }

    public void setMentionNomUsage(MentionNomUsage mentionNomUsage) {
        this.mentionNomUsage = mentionNomUsage;
    }

    public boolean isDivorceGardantLeNom() {
        return divorceGardantLeNom;
    }

    public void setDivorceGardantLeNom(boolean divorceGardantLeNom) {
        this.divorceGardantLeNom = divorceGardantLeNom;
    }

    public String getPrenoms() {
        return prenoms;
    }

    public void setPrenoms(String prenoms) {
        this.prenoms = Textes.texte(prenoms);
    }

    public String getDateNaissance() {
        return dateNaissance;
    }

    public void setDateNaissance(String dateNaissance) {
        this.dateNaissance = Dates.normaliser(dateNaissance);
    }

    public String getPaysNaissance() {
        return paysNaissance;
    }

    public void setPaysNaissance(String paysNaissance) {
        this.paysNaissance = Textes.texte(paysNaissance);
    }

    public String getCommuneNaissance() {
        return communeNaissance;
    }

    public void setCommuneNaissance(String communeNaissance) {
        this.communeNaissance = Textes.texte(communeNaissance);
    }

    public String getVilleNaissanceEtranger() {
        return villeNaissanceEtranger;
    }

    public void setVilleNaissanceEtranger(String ville) {
        this.villeNaissanceEtranger = Textes.texte(ville);
    }

    public String getTaille() {
        return taille;
    }

    public void setTaille(String taille) {
        this.taille = Textes.texte(taille);
    }

    public CouleurDesYeux getCouleurYeux() {
        return couleurYeux;
    }

    public void setCouleurYeux(CouleurDesYeux couleurYeux) {
        this.couleurYeux = couleurYeux;
    }
}
