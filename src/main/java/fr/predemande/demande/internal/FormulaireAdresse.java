package fr.predemande.demande.internal;

import fr.predemande.justificatifs.TypeAdresse;

/** Section « Adresse » : le domicile en France, ou l’hébergement. Le texte est gardé tel que tapé, même faux. */
public class FormulaireAdresse {

    private TypeAdresse typeAdresse;
    private String nomHebergeant = "";
    private String ligne1 = "";
    private String ligne2 = "";
    private String codePostal = "";
    private String commune = "";

    public TypeAdresse getTypeAdresse() {
        return typeAdresse;
    }

    public void setTypeAdresse(TypeAdresse typeAdresse) {
        this.typeAdresse = typeAdresse;
    }

    public String getNomHebergeant() {
        return nomHebergeant;
    }

    public void setNomHebergeant(String nomHebergeant) {
        this.nomHebergeant = Textes.texte(nomHebergeant);
    }

    public String getLigne1() {
        return ligne1;
    }

    public void setLigne1(String ligne1) {
        this.ligne1 = Textes.texte(ligne1);
    }

    public String getLigne2() {
        return ligne2;
    }

    public void setLigne2(String ligne2) {
        this.ligne2 = Textes.texte(ligne2);
    }

    public String getCodePostal() {
        return codePostal;
    }

    public void setCodePostal(String codePostal) {
        this.codePostal = Textes.texte(codePostal);
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = Textes.texte(commune);
    }
}
