package fr.predemande.demande;

import java.util.UUID;

/**
 * Les adresses des pages de la pré-demande, publiées par le module qui les sert : les courriels et les autres modules
 * les prennent ici au lieu de les recomposer.
 */
public final class CheminsDeLaPreDemande {

    public static final String LISTE = "/demandes";
    /** Le préfixe des pages d'une pré-demande ({@code /demandes/{id}/…}). */
    public static final String PREFIXE = "/demandes/";

    private CheminsDeLaPreDemande() {}

    /** Ouvre la pré-demande là où elle en est : la première étape à compléter, la vérification, ou la confirmation. */
    public static String reprendre(UUID id) {
        return PREFIXE + id;
    }

    public static String verification(UUID id) {
        return PREFIXE + id + "/verification";
    }

    public static String confirmation(UUID id) {
        return PREFIXE + id + "/confirmation";
    }

    public static String justificatifs(UUID id) {
        return PREFIXE + id + "/justificatifs";
    }

    public static String recapitulatif(UUID id) {
        return PREFIXE + id + "/recapitulatif.pdf";
    }

    /** Le lien du QR code imprimé sur le récapitulatif. */
    public static String qrCode(NumeroPreDemande numero) {
        return "/p/" + numero.valeur();
    }
}
