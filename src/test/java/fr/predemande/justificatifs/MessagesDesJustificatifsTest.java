package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Chaque pièce et chaque droit ont leur texte français, dans le brouillon du module ou, une fois celui-ci fusionné,
 * dans messages_fr.properties. Apostrophe typographique ’ partout : ces textes ne passent pas par MessageFormat.
 */
class MessagesDesJustificatifsTest {

    private static final String BROUILLON = "messages-justificatifs-draft.properties";

    private static final String MESSAGES = "messages_fr.properties";

    private static final Properties textes = new Properties();

    /** Le brouillon tel qu’écrit, ligne à ligne ; vide une fois fusionné et supprimé. */
    private static final List<String> lignesDuBrouillon = new ArrayList<>();

    @BeforeAll
    static void chargerLesTextes() throws IOException {
        for (String fichier : List.of(MESSAGES, BROUILLON)) {
            byte[] octets = lire(fichier);
            if (octets == null) {
                continue;
            }
            // Décodage strict : un fichier qui n’est pas en UTF-8 fait échouer le test au lieu d’afficher des « Ã© ».
            String texte = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(octets))
                    .toString();
            textes.load(new StringReader(texte));
            if (fichier.equals(BROUILLON)) {
                lignesDuBrouillon.addAll(texte.lines().toList());
            }
        }
    }

    private static byte[] lire(String fichier) throws IOException {
        try (InputStream flux =
                MessagesDesJustificatifsTest.class.getClassLoader().getResourceAsStream(fichier)) {
            return flux == null ? null : flux.readAllBytes();
        }
    }

    @ParameterizedTest
    @EnumSource(PieceJustificative.class)
    void chaquePieceAUnTitreEtUneExplication(PieceJustificative piece) {
        assertThat(textes.getProperty(piece.cleTitre())).as(piece.cleTitre()).isNotBlank();
        assertThat(textes.getProperty(piece.cleExplication()))
                .as(piece.cleExplication())
                .isNotBlank();
        assertThat(textes.getProperty(piece.cleExplication()).length())
                .as("l’explication dit plus que le titre : %s", piece)
                .isGreaterThan(textes.getProperty(piece.cleTitre()).length());
    }

    @Test
    void chaqueMotifDeDroitAtteignableAUnTexte() {
        Set<String> cles = clesDesDroitsAtteignables();

        assertThat(cles).isNotEmpty();
        assertThat(cles)
                .allSatisfy(cle -> assertThat(textes.getProperty(cle)).as(cle).isNotBlank());
    }

    @Test
    void lesTextesDuModuleNOntNiApostropheDroiteNiArgument() {
        Set<String> cles = new TreeSet<>(textes.stringPropertyNames());
        cles.removeIf(cle -> !cle.startsWith("justificatif."));

        assertThat(cles)
                .isNotEmpty()
                .allSatisfy(cle -> assertThat(textes.getProperty(cle))
                        .as(cle)
                        .doesNotContain("'")
                        .doesNotContain("{")
                        .doesNotContain("}"));
    }

    @Test
    void leBrouillonNeContientAucuneApostropheDroiteNiCleEnDoubleNiCleInutile() {
        Set<String> vues = new HashSet<>();
        Set<String> utiles = clesDesDroitsAtteignables();
        for (PieceJustificative piece : PieceJustificative.values()) {
            utiles.add(piece.cleTitre());
            utiles.add(piece.cleExplication());
        }
        for (String ligne : lignesDuBrouillon) {
            assertThat(ligne).as("apostrophe droite dans : %s", ligne).doesNotContain("'");
            if (ligne.isBlank() || ligne.startsWith("#")) {
                continue;
            }
            String cle = ligne.substring(0, ligne.indexOf('=')).strip();
            assertThat(vues.add(cle)).as("clé en double : %s", cle).isTrue();
            assertThat(utiles).as("clé que rien n’emploie : %s", cle).contains(cle);
        }
    }

    /** Les clés de droit que produisent toutes les combinaisons de titre, motif, âge et zone. */
    private static Set<String> clesDesDroitsAtteignables() {
        Set<String> cles = new TreeSet<>();
        for (TypeDeTitre titre : TypeDeTitre.values()) {
            for (Motif motif : Motif.values()) {
                if (!motif.permisPour(titre)) {
                    continue;
                }
                for (int age = 0; age <= Situation.AGE_MAXIMUM; age++) {
                    for (ZoneTarifaire zone : ZoneTarifaire.values()) {
                        Situation situation = UneSituation.majeure()
                                .titre(titre)
                                .motif(motif)
                                .age(age)
                                .zone(zone)
                                .construire();
                        ReglesDesJustificatifs.droitsDeTimbre(situation).forEach(droit -> cles.add(droit.cleMotif()));
                    }
                }
            }
        }
        return cles;
    }
}
