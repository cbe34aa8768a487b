package fr.predemande.compte.internal;

/** L'identité et les coordonnées du titulaire, communes à l'inscription et à la modification du compte. */
public class FormulaireIdentite {

    private String sexe = "";
    private String nom = "";
    private String prenoms = "";
    private String courriel = "";
    private String telephone = "";

    public String getSexe() {
        return sexe;
    }

    public void setSexe(String sexe) {
        this.sexe = sexe;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getPrenoms() {
        return prenoms;
    }

    public void setPrenoms(String prenoms) {
        this.prenoms = prenoms;
    }

    public String getCourriel() {
        return courriel;
    }

    public void setCourriel(String courriel) {
        this.courriel = courriel;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }
}
