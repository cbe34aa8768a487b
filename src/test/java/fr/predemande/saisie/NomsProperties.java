package fr.predemande.saisie;

import static fr.predemande.support.Generateurs.CHIFFRES;
import static fr.predemande.support.Generateurs.caracteres;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.chainesQuelconques;
import static fr.predemande.support.Generateurs.listes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NomsProperties {

    private static final String LETTRES =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + "àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ";

    private static Gen<String> mots() {
        return chaines(LETTRES, 1, 15);
    }

    /**
     * Mots de lettres admises, joints par un seul séparateur (espace, tiret ou apostrophe), 80 caractères au plus : les
     * derniers morceaux qui dépasseraient sont laissés de côté (construit valide plutôt que filtré).
     */
    private static Gen<String> nomsValides() {
        Gen<String> separateurs = arbitrary().pick(" ", "-", "'");
        Gen<List<String>> suite = listes(separateurs.zip(mots(), String::concat), 0, 8);
        return mots().zip(suite, (premier, morceaux) -> {
            var nom = new StringBuilder(premier);
            for (String morceau : morceaux) {
                if (nom.length() + morceau.length() > 80) {
                    break;
                }
                nom.append(morceau);
            }
            return nom.toString();
        });
    }

    /** Saisies bruitées : lettres admises ou non, blancs variés, apostrophes, accents décomposés. */
    private static Gen<String> saisiesBruitees() {
        return chaines(LETTRES + " \t\n\u00a0\u2009\u2019'-,1ñ\u0301\u0308", 0, 40);
    }

    @Test
    void toutNomConstruitDansLAlphabetEstAccepte() {
        qt().forAll(nomsValides())
                .checkAssert(nom -> assertThat(Noms.verifierNom(nom)).isEmpty());
    }

    @Test
    void toutNomContenantUnChiffreEstRefuse() {
        qt().forAll(nomsValides(), caracteres(CHIFFRES), integers().between(0, 80))
                .checkAssert((nom, chiffre, position) -> {
                    int ou = Math.min(position, nom.length());
                    String avecChiffre = nom.substring(0, ou) + chiffre + nom.substring(ou);

                    assertThat(Noms.verifierNom(avecChiffre))
                            .map(ErreurDeSaisie::code)
                            .contains("saisie.nom.caracteres");
                });
    }

    @Test
    void unNomDePlusDe80CaracteresEstRefuse() {
        qt().forAll(mots(), integers().between(81, 200)).checkAssert((mot, longueur) -> {
            String nom = mot.repeat(longueur / mot.length() + 1).substring(0, longueur);

            assertThat(Noms.verifierNom(nom)).contains(ErreurDeSaisie.de("saisie.nom.longueur", 80));
        });
    }

    @Test
    void deuxSeparateursALaSuiteSontRefuses() {
        qt().forAll(mots(), mots(), separateurs(), separateurs())
                .checkAssert((avant, apres, premier, second) -> assertThat(
                                Noms.verifierNom(avant + premier + second + apres))
                        .map(ErreurDeSaisie::code)
                        .contains("saisie.nom.separateurs"));
    }

    private static Gen<String> separateurs() {
        return arbitrary().pick("-", "'", "\u2019");
    }

    @Test
    void normaliserEstIdempotent() {
        qt().forAll(saisiesBruitees()).checkAssert(brut -> {
            String une = Noms.normaliser(brut);
            assertThat(Noms.normaliser(une)).isEqualTo(une);
        });
    }

    @Test
    void normaliserEstIdempotentSurNImporteQuelleChaine() {
        qt().forAll(chainesQuelconques()).checkAssert(brut -> {
            String une = Noms.normaliser(brut);
            assertThat(Noms.normaliser(une)).isEqualTo(une);
        });
    }

    @Test
    void normaliserNeLaissePasDeBlancsSuperflusNiDApostropheTypographique() {
        qt().forAll(saisiesBruitees()).checkAssert(brut -> {
            String normalise = Noms.normaliser(brut);

            assertThat(normalise)
                    .doesNotStartWith(" ")
                    .doesNotEndWith(" ")
                    .doesNotContain("  ")
                    .doesNotContain("\t", "\n", "\u00a0", "\u2009", "\u2019");
        });
    }

    @Test
    void lesPrenomsJointsSontRetrouvesDansLOrdreEtAcceptes() {
        qt().forAll(prenoms(), separateursDePrenoms()).checkAssert((prenoms, separateur) -> {
            String saisie = String.join(separateur, prenoms);

            assertThat(Noms.decouperPrenoms(saisie)).containsExactlyElementsOf(prenoms);
            assertThat(Noms.verifierPrenoms(saisie)).isEmpty();
        });
    }

    private static Gen<List<String>> prenoms() {
        Gen<String> prenom = mots().zip(
                        arbitrary().pick("", "-", "'"),
                        mots(),
                        (debut, lien, fin) -> lien.isEmpty() ? debut : debut + lien + fin)
                .assuming(p -> p.length() <= 40);
        return listes(prenom, 1, 10);
    }

    private static Gen<String> separateursDePrenoms() {
        return arbitrary().pick(" ", ",", ", ", " , ", "  ", ",,");
    }

    @Test
    void plusDeDixPrenomsSontRefuses() {
        qt().forAll(mots(), integers().between(11, 30)).checkAssert((prenom, nombre) -> {
            String saisie = String.join(", ", Collections.nCopies(nombre, prenom));

            assertThat(Noms.verifierPrenoms(saisie)).contains(ErreurDeSaisie.de("saisie.prenoms.nombre", 10));
        });
    }

    @Test
    void enMajusculesNeChangeQueLaCasse() {
        qt().forAll(nomsValides()).checkAssert(nom -> {
            String majuscules = Noms.enMajuscules(nom);

            assertThat(majuscules)
                    .hasSameSizeAs(nom)
                    .isEqualToIgnoringCase(nom)
                    .isEqualTo(majuscules.toUpperCase(Locale.FRENCH));
            assertThat(Noms.verifierNom(majuscules)).isEmpty();
        });
    }
}
