package fr.predemande.notification;

/**
 * La sortie des SMS : SMPP quand {@code predemande.sms.smpp.hote} est configuré, gardés en base en développement.
 * Lève une exception si l'envoi échoue (l'appelant, un écouteur de l'outbox, sera relancé), et une
 * {@link IllegalArgumentException} si le texte dépasse deux segments.
 *
 * <p>Au moins une fois, comme les courriels : un arrêt brutal après l'acceptation par le SMSC et avant que l'outbox
 * l'ait enregistrée fait renvoyer le SMS. Le renvoi porte les mêmes références (tirées de l'{@linkplain Sms#origine()
 * origine} et du destinataire), mais SMPP n'a pas de clé d'idempotence et les SMSC ne dédoublonnent pas : l'usager
 * peut recevoir le SMS deux fois.
 */
public interface EnvoiSms {

    void envoyer(Sms sms);
}
