package fr.predemande.notification;

/**
 * La sortie des courriels : SMTP en production, gardés en base en développement. Lève une exception si l'envoi échoue.
 *
 * <p>Au moins une fois, jamais exactement une fois : l'écouteur de l'outbox qui appelle n'est marqué traité qu'après
 * son retour, et SMTP n'a pas de validation en deux temps. Un arrêt brutal entre l'acceptation du courriel par le
 * serveur et cet enregistrement le fait renvoyer à la relance. Le renvoi porte alors le même {@code Message-ID}, tiré de
 * l'{@linkplain Courriel#origine() origine} et du destinataire : c'est ce qui permet aux messageries qui dédoublonnent
 * de n'en garder qu'un, et à un usager ou à un support de voir que c'est le même message.
 */
public interface EnvoiCourriel {

    void envoyer(Courriel courriel);
}
