package fr.predemande.demande.internal;

/** Section « Filiation » : les deux parents ; l’un peut être déclaré inconnu. Tout est gardé tel que tapé, même faux. */
public class FormulaireFiliation {

    private String parent1Inconnu = "";
    private String parent1Nom = "";
    private String parent1Prenoms = "";
    private String parent1DateNaissance = "";
    private String parent1LieuNaissance = "";
    private String parent2Inconnu = "";
    private String parent2Nom = "";
    private String parent2Prenoms = "";
    private String parent2DateNaissance = "";
    private String parent2LieuNaissance = "";

    public String getParent1Inconnu() { return parent1Inconnu; }
    public void setParent1Inconnu(String parent1Inconnu) { this.parent1Inconnu = parent1Inconnu == null ? "" : parent1Inconnu; }
    public String getParent1Nom() { return parent1Nom; }
    public void setParent1Nom(String parent1Nom) { this.parent1Nom = parent1Nom == null ? "" : parent1Nom; }
    public String getParent1Prenoms() { return parent1Prenoms; }
    public void setParent1Prenoms(String parent1Prenoms) { this.parent1Prenoms = parent1Prenoms == null ? "" : parent1Prenoms; }
    public String getParent1DateNaissance() { return parent1DateNaissance; }
    public void setParent1DateNaissance(String parent1DateNaissance) { this.parent1DateNaissance = parent1DateNaissance == null ? "" : parent1DateNaissance; }
    public String getParent1LieuNaissance() { return parent1LieuNaissance; }
    public void setParent1LieuNaissance(String parent1LieuNaissance) { this.parent1LieuNaissance = parent1LieuNaissance == null ? "" : parent1LieuNaissance; }
    public String getParent2Inconnu() { return parent2Inconnu; }
    public void setParent2Inconnu(String parent2Inconnu) { this.parent2Inconnu = parent2Inconnu == null ? "" : parent2Inconnu; }
    public String getParent2Nom() { return parent2Nom; }
    public void setParent2Nom(String parent2Nom) { this.parent2Nom = parent2Nom == null ? "" : parent2Nom; }
    public String getParent2Prenoms() { return parent2Prenoms; }
    public void setParent2Prenoms(String parent2Prenoms) { this.parent2Prenoms = parent2Prenoms == null ? "" : parent2Prenoms; }
    public String getParent2DateNaissance() { return parent2DateNaissance; }
    public void setParent2DateNaissance(String parent2DateNaissance) { this.parent2DateNaissance = parent2DateNaissance == null ? "" : parent2DateNaissance; }
    public String getParent2LieuNaissance() { return parent2LieuNaissance; }
    public void setParent2LieuNaissance(String parent2LieuNaissance) { this.parent2LieuNaissance = parent2LieuNaissance == null ? "" : parent2LieuNaissance; }
}
