package fr.predemande.demande.internal;

/** Section « Adresse » : le domicile en France, ou l’hébergement. Tout est gardé tel que tapé, même faux. */
public class FormulaireAdresse {

    private String typeAdresse = "";
    private String nomHebergeant = "";
    private String ligne1 = "";
    private String ligne2 = "";
    private String codePostal = "";
    private String commune = "";

    public String getTypeAdresse() { return typeAdresse; }
    public void setTypeAdresse(String typeAdresse) { this.typeAdresse = typeAdresse == null ? "" : typeAdresse; }
    public String getNomHebergeant() { return nomHebergeant; }
    public void setNomHebergeant(String nomHebergeant) { this.nomHebergeant = nomHebergeant == null ? "" : nomHebergeant; }
    public String getLigne1() { return ligne1; }
    public void setLigne1(String ligne1) { this.ligne1 = ligne1 == null ? "" : ligne1; }
    public String getLigne2() { return ligne2; }
    public void setLigne2(String ligne2) { this.ligne2 = ligne2 == null ? "" : ligne2; }
    public String getCodePostal() { return codePostal; }
    public void setCodePostal(String codePostal) { this.codePostal = codePostal == null ? "" : codePostal; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune == null ? "" : commune; }
}
