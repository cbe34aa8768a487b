package fr.predemande.notification;

/**
 * La sortie des SMS : SMPP quand {@code predemande.sms.smpp.hote} est configuré, gardés en base en développement.
 * Lève une exception si l'envoi échoue (l'appelant, un écouteur de l'outbox, sera relancé), et une
 * {@link IllegalArgumentException} si le texte dépasse deux segments.
 */
public interface EnvoiSms {

    void envoyer(Sms sms);
}
