package fr.predemande.notification.internal;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.demande.PreDemandeValidee;
import fr.predemande.demande.RecapitulatifGenere;
import fr.predemande.recueil.DossierTransmis;
import java.util.Locale;

/**
 * L'origine de chaque message, tirée des champs stables de l'événement qui le fait partir : l'outbox relance le même
 * événement (désérialisé de sa publication), donc la même origine, donc le même {@code Message-ID} et les mêmes
 * références SMPP. L'identifiant de la publication dans l'outbox serait l'idéal, mais Spring Modulith ne le donne pas à
 * l'écouteur ; chaque événement porte de quoi le remplacer, unique par message envoyé.
 */
final class Origines {

    private Origines() {}

    /** Une pré-demande n'est validée qu'une fois (une seconde validation rend le numéro sans rien publier). */
    static String de(PreDemandeValidee validee) {
        return "pre-demande-validee/" + validee.id();
    }

    /**
     * Le courriel de la validation part quand le récapitulatif est prêt ; un seul récapitulatif par pré-demande, donc
     * un seul événement : même origine qu'avant cette attente, même {@code Message-ID}.
     */
    static String de(RecapitulatifGenere genere) {
        return "pre-demande-validee/" + genere.id();
    }

    /** Un dossier n'est transmis qu'une fois (un second clic le trouve transmis et ne publie rien). */
    static String de(DossierTransmis transmis) {
        return "dossier-transmis/" + transmis.dossier();
    }

    /**
     * Chaque lien émis est un jeton neuf : c'est lui qui distingue deux liens du même compte (deux demandes de
     * réinitialisation sont deux courriels). L'événement ne porte pas d'identifiant du jeton, seulement le lien en
     * clair : l'origine en garde l'empreinte, pour qu'aucun journal ne l'écrive.
     */
    static String de(LienDeCompteEmis lien) {
        return "lien-de-compte/" + lien.usage().name().toLowerCase(Locale.ROOT) + "/"
                + Empreintes.hexadecimale(lien.lien());
    }
}
