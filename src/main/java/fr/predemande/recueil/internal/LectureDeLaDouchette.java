package fr.predemande.recueil.internal;

import fr.predemande.demande.NumeroPreDemande;
import java.net.URI;
import java.util.Locale;

/**
 * Ce que le champ de recherche reçoit : un numéro tapé (casse, espaces, tirets, confusions O/0 et I/L/1), ou l'adresse
 * du QR code que tape une douchette (un clavier : l'URL, puis Entrée). Une douchette réglée en QWERTY sur un poste
 * AZERTY tape une adresse déformée : « httpsM!!…!p!èK"?çAéXTB » pour « https://…/p/7K3M9Q2XTB » (les chiffres de la
 * rangée du haut sortent en « à&é"'(-è_ç », les deux-points en « M », la barre en « ! », A↔Q, Z↔W, M en « ? »). On
 * essaie la saisie telle quelle, puis redressée ; le caractère de contrôle départage.
 */
final class LectureDeLaDouchette {

    /** Au-delà, ce n'est ni un numéro ni une adresse de QR code : du bruit de douchette. */
    static final int LONGUEUR_MAX = 200;

    /** Ce que donne la lecture. */
    sealed interface Lecture {
        record Numero(NumeroPreDemande numero) implements Lecture {}

        /** Pas un numéro valide : faute de frappe, caractère de contrôle faux, autre format. */
        record MalSaisi() implements Lecture {}

        /** L'adresse d'un autre site que le service : le QR code n'est pas un récapitulatif de pré-demande. */
        record AutreSite(String hote) implements Lecture {}
    }

    /**
     * Ce qu'un poste AZERTY reçoit d'une douchette QWERTY (RECU), et ce qu'elle voulait taper (VOULU), caractère pour
     * caractère, à la même position.
     */
    /** Les chiffres de la rangée du haut, tapés sans majuscule sur un clavier AZERTY (sauf « - », trop courant). */
    private static final String CHIFFRES_EN_AZERTY = "&é\"'(è_çà";

    private static final String RECU = "&é\"'(-è_çàM!:)qawzQAWZ?,;m";
    private static final String VOULU = "1234567890:/.-aqzwAQZWMm,;";

    private LectureDeLaDouchette() {}

    static Lecture lire(String saisie, String hoteDuService) {
        if (saisie == null || saisie.isBlank() || saisie.length() > LONGUEUR_MAX) {
            return new Lecture.MalSaisi();
        }
        String texte = saisie.strip();
        Lecture telleQuelle = lireTexte(texte, hoteDuService);
        if (!(telleQuelle instanceof Lecture.MalSaisi) || !deformeeParUnClavierAzerty(texte)) {
            return telleQuelle;
        }
        Lecture redressee = lireTexte(redresser(texte), hoteDuService);
        return redressee instanceof Lecture.MalSaisi ? telleQuelle : redressee;
    }

    /**
     * On ne redresse que ce qui porte la marque d'une douchette QWERTY : un chiffre sorti en symbole AZERTY, ou l'adresse
     * déformée. Redresser une simple faute de frappe (A↔Q, Z↔W) pourrait donner, par hasard, un autre numéro valide.
     */
    static boolean deformeeParUnClavierAzerty(String texte) {
        return texte.contains("!p!") || texte.chars().anyMatch(c -> CHIFFRES_EN_AZERTY.indexOf(c) >= 0);
    }

    private static Lecture lireTexte(String texte, String hoteDuService) {
        String numero = texte;
        int barre = texte.lastIndexOf("/p/");
        if (barre >= 0) {
            String hote = hote(texte.substring(0, barre));
            if (hote != null && !hote.equalsIgnoreCase(hoteDuService)) {
                return new Lecture.AutreSite(hote);
            }
            numero = texte.substring(barre + 3);
        } else if (texte.contains("://")) {
            return new Lecture.AutreSite(hote(texte));
        }
        return NumeroPreDemande.lire(numero).<Lecture>map(Lecture.Numero::new).orElseGet(Lecture.MalSaisi::new);
    }

    /** L'hôte d'une adresse ({@code https://hote:port/…}), ou null s'il n'y en a pas. */
    private static String hote(String adresse) {
        try {
            String hote = URI.create(adresse.contains("://") ? adresse : "https://" + adresse)
                    .getHost();
            return hote == null ? null : hote.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException illisible) {
            return "?";
        }
    }

    /** Le texte qu'une douchette QWERTY voulait taper, d'après ce que le poste AZERTY a reçu. */
    static String redresser(String recu) {
        var texte = new StringBuilder(recu.length());
        for (int i = 0; i < recu.length(); i++) {
            char c = recu.charAt(i);
            int rang = RECU.indexOf(c);
            texte.append(rang >= 0 ? VOULU.charAt(rang) : c);
        }
        return texte.toString();
    }
}
