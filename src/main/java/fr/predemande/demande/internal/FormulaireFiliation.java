package fr.predemande.demande.internal;

/** Section « Filiation » : les deux parents ; l’un peut être déclaré inconnu. Le texte est gardé tel que tapé, même faux. */
public class FormulaireFiliation {

    private boolean parent1Inconnu;
    private String parent1Nom = "";
    private String parent1Prenoms = "";
    private String parent1DateNaissance = "";
    private String parent1LieuNaissance = "";
    private boolean parent2Inconnu;
    private String parent2Nom = "";
    private String parent2Prenoms = "";
    private String parent2DateNaissance = "";
    private String parent2LieuNaissance = "";

    public boolean isParent1Inconnu() {
        return parent1Inconnu;
    }

    public void setParent1Inconnu(boolean parent1Inconnu) {
        this.parent1Inconnu = parent1Inconnu;
    }

    public String getParent1Nom() {
        return parent1Nom;
    }

    public void setParent1Nom(String parent1Nom) {
        this.parent1Nom = Textes.texte(parent1Nom);
    }

    public String getParent1Prenoms() {
        return parent1Prenoms;
    }

    public void setParent1Prenoms(String parent1Prenoms) {
        this.parent1Prenoms = Textes.texte(parent1Prenoms);
    }

    public String getParent1DateNaissance() {
        return parent1DateNaissance;
    }

    public void setParent1DateNaissance(String date) {
        this.parent1DateNaissance = Dates.normaliser(date);
    }

    public String getParent1LieuNaissance() {
        return parent1LieuNaissance;
    }

    public void setParent1LieuNaissance(String lieu) {
        this.parent1LieuNaissance = Textes.texte(lieu);
    }

    public boolean isParent2Inconnu() {
        return parent2Inconnu;
    }

    public void setParent2Inconnu(boolean parent2Inconnu) {
        this.parent2Inconnu = parent2Inconnu;
    }

    public String getParent2Nom() {
        return parent2Nom;
    }

    public void setParent2Nom(String parent2Nom) {
        this.parent2Nom = Textes.texte(parent2Nom);
    }

    public String getParent2Prenoms() {
        return parent2Prenoms;
    }

    public void setParent2Prenoms(String parent2Prenoms) {
        this.parent2Prenoms = Textes.texte(parent2Prenoms);
    }

    public String getParent2DateNaissance() {
        return parent2DateNaissance;
    }

    public void setParent2DateNaissance(String date) {
        this.parent2DateNaissance = Dates.normaliser(date);
    }

    public String getParent2LieuNaissance() {
        return parent2LieuNaissance;
    }

    public void setParent2LieuNaissance(String lieu) {
        this.parent2LieuNaissance = Textes.texte(lieu);
    }
}
