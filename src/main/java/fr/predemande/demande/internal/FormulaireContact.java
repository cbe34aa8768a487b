package fr.predemande.demande.internal;

/** Section « Contact » : où envoyer le récapitulatif et le SMS. Tout est gardé tel que tapé, même faux. */
public class FormulaireContact {

    private String courriel = "";
    private String telephone = "";

    public String getCourriel() {
        return courriel;
    }

    public void setCourriel(String courriel) {
        this.courriel = Textes.texte(courriel);
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = Textes.texte(telephone);
    }
}
