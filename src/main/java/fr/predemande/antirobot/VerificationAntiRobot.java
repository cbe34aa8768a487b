package fr.predemande.antirobot;

/** Vérifie la réponse au « code de sécurité » d'un formulaire public. */
public interface VerificationAntiRobot {

    /** Nom du champ de formulaire qui porte la réponse (celui du widget ALTCHA). */
    String CHAMP = "altcha";

    /**
     * Vrai si la réponse résout un défi émis par ce service, non expiré et jamais présenté ; la réponse est alors
     * consommée.
     */
    boolean verifierEtConsommer(String reponse);
}
