package fr.predemande.notification;

/** La sortie des courriels : SMTP en production, gardés en base en développement. Lève une exception si l'envoi échoue. */
public interface EnvoiCourriel {

    void envoyer(Courriel courriel);
}
