package fr.predemande.recueil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.recueil.internal.LectureDeLaDouchette.Lecture;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Ce que le champ de recherche reçoit d'une douchette ou d'un clavier : le numéro est retrouvé quelle que soit la
 * forme (adresse du QR code, douchette QWERTY sur un poste AZERTY, casse, espaces, confusions), et rien d'autre n'est
 * pris pour un numéro.
 */
class LectureDeLaDouchetteProperties {

    static final String HOTE = "predemande.example.fr";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Des numéros valides : 9 caractères tirés, puis leur caractère de contrôle. */
    static Gen<NumeroPreDemande> numeros() {
        return lists().of(integers().between(0, 31)).ofSize(9).map(rangs -> {
            var corps = new StringBuilder();
            rangs.forEach(r -> corps.append(ALPHABET.charAt(r)));
            return new NumeroPreDemande(
                    corps + String.valueOf(fr.predemande.saisie.CaracteresDeControle.damm32(corps)));
        });
    }

    /** Ce qu'un poste AZERTY reçoit quand une douchette réglée en QWERTY « tape » ce texte (rangée du haut en chiffres). */
    static String tapeeEnQwertySurAzerty(String texte) {
        String qwerty = "1234567890:/.-aqzwAQZWMm,;";
        String azerty = "&é\"'(-è_çàM!:)qawzQAWZ?,;m";
        var recu = new StringBuilder();
        for (char c : texte.toCharArray()) {
            int rang = qwerty.indexOf(c);
            recu.append(rang >= 0 ? azerty.charAt(rang) : c);
        }
        return recu.toString();
    }

    @Test
    void lAdresseDuQrCodeDonneSonNumero() {
        qt().forAll(numeros())
                .checkAssert(numero -> assertThat(
                                LectureDeLaDouchette.lire("https://" + HOTE + "/p/" + numero.valeur(), HOTE))
                        .isEqualTo(new Lecture.Numero(numero)));
    }

    @Test
    void uneDouchetteQwertySurUnPosteAzertyDonneLeMemeNumero() {
        qt().forAll(numeros()).checkAssert(numero -> {
            String recu = tapeeEnQwertySurAzerty("https://" + HOTE + "/p/" + numero.valeur());
            assertThat(LectureDeLaDouchette.lire(recu, HOTE)).as(recu).isEqualTo(new Lecture.Numero(numero));
            // un numéro seul (sans l'adresse) n'est redressé que s'il porte un chiffre sorti en symbole
            String numeroSeul = tapeeEnQwertySurAzerty(numero.valeur());
            if (LectureDeLaDouchette.deformeeParUnClavierAzerty(numeroSeul)) {
                assertThat(LectureDeLaDouchette.lire(numeroSeul, HOTE))
                        .as(numeroSeul)
                        .isEqualTo(new Lecture.Numero(numero));
            }
        });
    }

    @Test
    void unNumeroTapeEnMinusculesAvecEspacesTiretsEtConfusionsEstRetrouve() {
        qt().forAll(numeros(), integers().between(0, 3)).checkAssert((numero, forme) -> {
            String tape = switch (forme) {
                case 0 -> numero.lisible().toLowerCase(Locale.ROOT);
                case 1 ->
                    numero.valeur().substring(0, 4) + "-" + numero.valeur().substring(4);
                case 2 -> " " + numero.valeur().replace('0', 'O').replace('1', 'I') + " ";
                default -> numero.valeur().replace('1', 'l').toLowerCase(Locale.ROOT);
            };
            assertThat(LectureDeLaDouchette.lire(tape, HOTE)).as(tape).isEqualTo(new Lecture.Numero(numero));
        });
    }

    @Test
    void uneFauteSurUnCaractereEstRefuseeAvantToutRecherche() {
        qt().forAll(numeros(), integers().between(0, 9), integers().between(1, 31))
                .checkAssert((numero, position, decalage) -> {
                    char[] c = numero.valeur().toCharArray();
                    c[position] = ALPHABET.charAt((ALPHABET.indexOf(c[position]) + decalage) % 32);
                    assertThat(LectureDeLaDouchette.lire(new String(c), HOTE)).isEqualTo(new Lecture.MalSaisi());
                });
    }

    @Test
    void leQrCodeDUnAutreSiteEstSignale() {
        qt().forAll(numeros()).checkAssert(numero -> {
            assertThat(LectureDeLaDouchette.lire("https://hameconnage.example.com/p/" + numero.valeur(), HOTE))
                    .isEqualTo(new Lecture.AutreSite("hameconnage.example.com"));
            assertThat(LectureDeLaDouchette.lire(
                            tapeeEnQwertySurAzerty("https://autre.example.org/p/" + numero.valeur()), HOTE))
                    .isEqualTo(new Lecture.AutreSite("autre.example.org"));
        });
    }

    @Test
    void nImporteQuelleSaisieDonneUneReponseSansEchec() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 400)).checkAssert(saisie -> {
            Lecture lecture = LectureDeLaDouchette.lire(saisie, HOTE);
            assertThat(lecture).isNotNull();
        });
    }

    @Test
    void dixKiloOctetsDeBruitDeDouchetteSontRefuses() {
        String bruit = "&é\"'(-è_çà".repeat(1024);
        assertThat(LectureDeLaDouchette.lire(bruit, HOTE)).isEqualTo(new Lecture.MalSaisi());
        assertThat(LectureDeLaDouchette.lire(null, HOTE)).isEqualTo(new Lecture.MalSaisi());
        assertThat(LectureDeLaDouchette.lire("   ", HOTE)).isEqualTo(new Lecture.MalSaisi());
        assertThat(List.of(LectureDeLaDouchette.lire("javascript:alert(1)", HOTE)))
                .containsExactly(new Lecture.MalSaisi());
    }
}
