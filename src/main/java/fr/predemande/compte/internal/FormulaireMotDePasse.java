package fr.predemande.compte.internal;

/** Choix d'un mot de passe (activation) ou d'un nouveau mot de passe (réinitialisation, avec la réponse secrète). */
public class FormulaireMotDePasse {

    private String reponseSecrete = "";
    private String motDePasse = "";
    private String confirmation = "";

    public String getReponseSecrete() {
        return reponseSecrete;
    }

    public void setReponseSecrete(String reponseSecrete) {
        this.reponseSecrete = reponseSecrete;
    }

    public String getMotDePasse() {
        return motDePasse;
    }

    public void setMotDePasse(String motDePasse) {
        this.motDePasse = motDePasse;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
