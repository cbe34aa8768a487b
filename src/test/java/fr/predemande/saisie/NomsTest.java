package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NomsTest {

    private static String code(Optional<ErreurDeSaisie> erreur) {
        return erreur.map(ErreurDeSaisie::code).orElse(null);
    }

    @Nested
    class Normaliser {

        @Test
        void retireLesEspacesSuperflusEtRedresseLApostrophe() {
            assertThat(Noms.normaliser("  Jean \t  de\u00a0La  Fontaine ")).isEqualTo("Jean de La Fontaine");
            assertThat(Noms.normaliser("d\u2019Alembert")).isEqualTo("d'Alembert");
        }

        @Test
        void composeLesLettresAccentuees() {
            String decompose = "Le\u0301vy";
            assertThat(Noms.normaliser(decompose)).isEqualTo("L\u00e9vy").hasSize(4);
        }

        @Test
        void nullDonneUneChaineVide() {
            assertThat(Noms.normaliser(null)).isEmpty();
        }
    }

    @Nested
    class VerifierNom {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Dupont",
                    "Lefèvre",
                    "D'Artagnan",
                    "d\u2019Alembert",
                    "Saint-Exupéry",
                    "Le Pen",
                    "Œuvray",
                    "Müller",
                    "L'Haÿ",
                    "N'Diaye",
                    "Le\u0301vy",
                    "  Martin  ",
                    "Ça",
                    "ÆLRIC",
                    "Noël-Çelik"
                })
        void accepteLesNomsFrancais(String nom) {
            assertThat(Noms.verifierNom(nom)).isEmpty();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void refuseUnNomVide(String nom) {
            assertThat(code(Noms.verifierNom(nom))).isEqualTo("saisie.nom.obligatoire");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Dupont2",
                    "Dupont_Durand",
                    "Dupont.",
                    "Muñoz",
                    "Dupont, Durand",
                    "Ørsted",
                    "Дюпон",
                    "Dupont\u200b",
                    "Dupont–Durand",
                    "Dupont \uD83D\uDE00"
                })
        void refuseLesCaracteresHorsAlphabet(String nom) {
            assertThat(code(Noms.verifierNom(nom))).isEqualTo("saisie.nom.caracteres");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "-Dupont",
                    "Dupont-",
                    "'Dupont",
                    "Dupont'",
                    "Dupont--Durand",
                    "d' Arc",
                    "Dupont - Durand",
                    "-",
                    "'"
                })
        void refuseLesSeparateursMalPlaces(String nom) {
            assertThat(code(Noms.verifierNom(nom))).isEqualTo("saisie.nom.separateurs");
        }

        @Test
        void limiteLaLongueurA80Caracteres() {
            String quatreVingts = "Dupont-" + "a".repeat(73);
            assertThat(quatreVingts).hasSize(80);

            assertThat(Noms.verifierNom(quatreVingts)).isEmpty();
            assertThat(Noms.verifierNom(quatreVingts + "b")).contains(ErreurDeSaisie.de("saisie.nom.longueur", 80));
        }

        @Test
        void laLongueurSeMesureApresNormalisation() {
            String quatreVingtsAvecEspaces = "   " + "a".repeat(40) + "     " + "b".repeat(39) + "   ";
            assertThat(Noms.verifierNom(quatreVingtsAvecEspaces)).isEmpty();
        }
    }

    @Nested
    class DecouperPrenoms {

        @Test
        void separeSurLesVirgulesEtLesEspacesEnGardantLOrdre() {
            assertThat(Noms.decouperPrenoms("Jean-Pierre, Marie  Louise,Éloïse"))
                    .containsExactly("Jean-Pierre", "Marie", "Louise", "Éloïse");
        }

        @Test
        void ignoreLesSeparateursRepetes() {
            assertThat(Noms.decouperPrenoms(" , Anne ,, Claire , ")).containsExactly("Anne", "Claire");
            assertThat(Noms.decouperPrenoms(" , ")).isEmpty();
            assertThat(Noms.decouperPrenoms(null)).isEmpty();
        }

        @Test
        void normaliseChaquePrenom() {
            assertThat(Noms.decouperPrenoms("Ame\u0301lie d\u2019Ange")).containsExactly("Amélie", "d'Ange");
        }
    }

    @Nested
    class VerifierPrenoms {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Jean",
                    "Jean-Pierre",
                    "Marie, Louise, Éloïse",
                    "Anne Claire",
                    "Zoé,Chloé",
                    "Maël",
                    "Anne-Sophie Marie-Ève"
                })
        void accepteLesPrenomsFrancais(String prenoms) {
            assertThat(Noms.verifierPrenoms(prenoms)).isEmpty();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", " , ,"})
        void refuseUnChampVide(String prenoms) {
            assertThat(code(Noms.verifierPrenoms(prenoms))).isEqualTo("saisie.prenoms.obligatoire");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Jean3", "Jean; Marie", "Jean_Paul", "Jean/Marie", "Núria"})
        void refuseLesCaracteresHorsAlphabet(String prenoms) {
            assertThat(code(Noms.verifierPrenoms(prenoms))).isEqualTo("saisie.prenoms.caracteres");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Jean--Pierre", "Jean - Pierre", "-Marie", "Marie'", "Jean-'Pierre"})
        void refuseLesSeparateursMalPlaces(String prenoms) {
            assertThat(code(Noms.verifierPrenoms(prenoms))).isEqualTo("saisie.prenoms.separateurs");
        }

        @Test
        void limiteChaquePrenomA40Caracteres() {
            String quarante = "a".repeat(40);
            assertThat(Noms.verifierPrenoms("Jean, " + quarante)).isEmpty();
            assertThat(Noms.verifierPrenoms("Jean, " + quarante + "b"))
                    .contains(ErreurDeSaisie.de("saisie.prenoms.longueur", 40));
        }

        @Test
        void limiteLeNombreDePrenomsA10() {
            String dix = String.join(", ", Collections.nCopies(10, "Marie"));
            assertThat(Noms.verifierPrenoms(dix)).isEmpty();
            assertThat(Noms.verifierPrenoms(dix + ", Louise")).contains(ErreurDeSaisie.de("saisie.prenoms.nombre", 10));
        }
    }

    @Test
    void enMajusculesConserveLesAccents() {
        assertThat(Noms.enMajuscules("Lefèvre")).isEqualTo("LEFÈVRE");
        assertThat(Noms.enMajuscules("l\u2019Haÿ-les-Roses")).isEqualTo("L'HAŸ-LES-ROSES");
        assertThat(Noms.enMajuscules("cœur d'Éloïse")).isEqualTo("CŒUR D'ÉLOÏSE");
        assertThat(Noms.enMajuscules(null)).isEmpty();
    }
}
