package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

class NomsProperties {

    private static final String LETTRES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ";

    @Provide
    Arbitrary<String> mots() {
        return Arbitraries.strings().withChars(LETTRES.toCharArray()).ofMinLength(1).ofMaxLength(15);
    }

    /** Mots de lettres admises, joints par un seul séparateur (espace, tiret ou apostrophe), 80 caractères au plus. */
    @Provide
    Arbitrary<String> nomsValides() {
        Arbitrary<String> separateurs = Arbitraries.of(" ", "-", "'");
        Arbitrary<String> suite = Combinators.combine(separateurs, mots()).as(String::concat).list().ofMaxSize(8)
                .map(morceaux -> String.join("", morceaux));
        return Combinators.combine(mots(), suite).as(String::concat).filter(nom -> nom.length() <= 80);
    }

    /** Saisies bruitées : lettres admises ou non, blancs variés, apostrophes, accents décomposés. */
    @Provide
    Arbitrary<String> saisiesBruitees() {
        return Arbitraries.strings()
                .withChars(LETTRES.toCharArray())
                .withChars(' ', '\t', '\n', '\u00a0', '\u2009', '\u2019', '\'', '-', ',', '1', 'ñ', '\u0301', '\u0308')
                .ofMaxLength(40);
    }

    @Property
    void toutNomConstruitDansLAlphabetEstAccepte(@ForAll("nomsValides") String nom) {
        assertThat(Noms.verifierNom(nom)).isEmpty();
    }

    @Property
    void toutNomContenantUnChiffreEstRefuse(@ForAll("nomsValides") String nom,
            @ForAll @CharRange(from = '0', to = '9') char chiffre, @ForAll @IntRange(min = 0, max = 80) int position) {
        int ou = Math.min(position, nom.length());
        String avecChiffre = nom.substring(0, ou) + chiffre + nom.substring(ou);

        assertThat(Noms.verifierNom(avecChiffre)).map(ErreurDeSaisie::code).contains("saisie.nom.caracteres");
    }

    @Property
    void unNomDePlusDe80CaracteresEstRefuse(@ForAll("mots") String mot,
            @ForAll @IntRange(min = 81, max = 200) int longueur) {
        String nom = mot.repeat(longueur / mot.length() + 1).substring(0, longueur);

        assertThat(Noms.verifierNom(nom)).contains(ErreurDeSaisie.de("saisie.nom.longueur", 80));
    }

    @Property
    void deuxSeparateursALaSuiteSontRefuses(@ForAll("mots") String avant, @ForAll("mots") String apres,
            @ForAll("separateurs") String premier, @ForAll("separateurs") String second) {
        assertThat(Noms.verifierNom(avant + premier + second + apres)).map(ErreurDeSaisie::code)
                .contains("saisie.nom.separateurs");
    }

    @Provide
    Arbitrary<String> separateurs() {
        return Arbitraries.of("-", "'", "\u2019");
    }

    @Property
    void normaliserEstIdempotent(@ForAll("saisiesBruitees") String brut) {
        String une = Noms.normaliser(brut);
        assertThat(Noms.normaliser(une)).isEqualTo(une);
    }

    @Property
    void normaliserEstIdempotentSurNImporteQuelleChaine(@ForAll String brut) {
        String une = Noms.normaliser(brut);
        assertThat(Noms.normaliser(une)).isEqualTo(une);
    }

    @Property
    void normaliserNeLaissePasDeBlancsSuperflusNiDApostropheTypographique(@ForAll("saisiesBruitees") String brut) {
        String normalise = Noms.normaliser(brut);

        assertThat(normalise).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ")
                .doesNotContain("\t", "\n", "\u00a0", "\u2009", "\u2019");
    }

    @Property
    void lesPrenomsJointsSontRetrouvesDansLOrdreEtAcceptes(@ForAll("prenoms") List<String> prenoms,
            @ForAll("separateursDePrenoms") String separateur) {
        String saisie = String.join(separateur, prenoms);

        assertThat(Noms.decouperPrenoms(saisie)).containsExactlyElementsOf(prenoms);
        assertThat(Noms.verifierPrenoms(saisie)).isEmpty();
    }

    @Provide
    Arbitrary<List<String>> prenoms() {
        Arbitrary<String> prenom = Combinators.combine(mots(), Arbitraries.of("", "-", "'"), mots())
                .as((debut, lien, fin) -> lien.isEmpty() ? debut : debut + lien + fin)
                .filter(p -> p.length() <= 40);
        return prenom.list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<String> separateursDePrenoms() {
        return Arbitraries.of(" ", ",", ", ", " , ", "  ", ",,");
    }

    @Property
    void plusDeDixPrenomsSontRefuses(@ForAll("mots") String prenom, @ForAll @IntRange(min = 11, max = 30) int nombre) {
        String saisie = String.join(", ", Collections.nCopies(nombre, prenom));

        assertThat(Noms.verifierPrenoms(saisie)).contains(ErreurDeSaisie.de("saisie.prenoms.nombre", 10));
    }

    @Property
    void enMajusculesNeChangeQueLaCasse(@ForAll("nomsValides") String nom) {
        String majuscules = Noms.enMajuscules(nom);

        assertThat(majuscules).hasSameSizeAs(nom).isEqualToIgnoringCase(nom)
                .isEqualTo(majuscules.toUpperCase(Locale.FRENCH));
        assertThat(Noms.verifierNom(majuscules)).isEmpty();
    }
}
