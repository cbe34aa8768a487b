package fr.predemande.compte.internal;

/** Un identifiant seul : mot de passe oublié, nouveau lien d'activation. */
public class FormulaireIdentifiant {

    private String identifiant = "";

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }
}
