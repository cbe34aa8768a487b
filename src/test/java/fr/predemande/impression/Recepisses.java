package fr.predemande.impression;

import java.time.LocalDateTime;
import java.util.List;

/** Des récépissés comme le module de recueil en enverra. */
public final class Recepisses {

    public static final String NUMERO = "42260000012K";
    public static final String TIMBRE = "1234567890124821";
    public static final String URL_DE_SUIVI = "https://predemande.interieur.gouv.fr/suivi";

    private Recepisses() {}

    /** Passeport et carte déposés à Saint-Étienne, un timbre électronique pour le passeport. */
    public static Recepisse exemple() {
        return new Recepisse(
                NUMERO,
                LocalDateTime.of(2027, 3, 12, 10, 42),
                "Mairie de Saint-Étienne",
                "Passeport et carte nationale d’identité",
                "Dupont",
                "Camille Marie",
                "86 €",
                List.of(TIMBRE),
                "Suivez l’avancement de votre demande avec ce numéro sur :",
                URL_DE_SUIVI);
    }

    /**
     * Les textes les plus longs qu’une mairie puisse envoyer : numéro de 13 caractères (Corse), mairie annexe au nom
     * composé, noms composés et à particule, deux timbres électroniques, adresse de suivi longue.
     */
    public static Recepisse lePlusLong() {
        return new Recepisse(
                "2A27123456789",
                LocalDateTime.of(2027, 12, 1, 9, 5),
                "Mairie annexe de Saint-Germain-en-Laye — quartier du Bel-Air, station de recueil n° 2",
                "Carte nationale d’identité et passeport",
                "Martin-Dupont de Saint-Exupéry",
                "Marie-Clémentine Anne-Sophie Geneviève Éléonore",
                "111 €",
                List.of("1234567890124821", "9876543210980007"),
                "Suivez l’avancement de votre demande, et sachez quand retirer votre titre, avec ce numéro sur :",
                "https://predemande.interieur.gouv.fr/suivi/demandes-deposees-en-mairie?origine=recepisse");
    }

    public static Recepisse gratuit() {
        Recepisse r = exemple();
        return new Recepisse(
                r.numeroDeDemande(),
                r.deposeeLe(),
                r.mairie(),
                "Carte nationale d’identité",
                r.nomDuTitulaire(),
                r.prenomsDuTitulaire(),
                "Gratuit",
                List.of(),
                r.phraseDeSuivi(),
                r.urlDeSuivi());
    }
}
