package fr.predemande.compte.internal;

/** Les champs du formulaire de création de compte, tels que tapés (jamais perdus en cas d'erreur). */
public class FormulaireInscription extends FormulaireIdentite {

    private String identifiant = "";
    private String questionSecrete = "";
    private String reponseSecrete = "";
    private boolean cgu;
    /** La réponse du widget anti-robot ; jamais réaffichée (il faut refaire le contrôle après une erreur). */
    private String altcha = "";

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public String getQuestionSecrete() {
        return questionSecrete;
    }

    public void setQuestionSecrete(String questionSecrete) {
        this.questionSecrete = questionSecrete;
    }

    public String getReponseSecrete() {
        return reponseSecrete;
    }

    public void setReponseSecrete(String reponseSecrete) {
        this.reponseSecrete = reponseSecrete;
    }

    public boolean isCgu() {
        return cgu;
    }

    public void setCgu(boolean cgu) {
        this.cgu = cgu;
    }

    public String getAltcha() {
        return "";
    }

    public void setAltcha(String altcha) {
        this.altcha = altcha;
    }
}
