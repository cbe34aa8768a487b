package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CourrielsProperties {

    private static final String LETTRES_CHIFFRES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @Provide
    Arbitrary<String> adressesValides() {
        Arbitrary<String> atome = Arbitraries.strings().withChars((LETTRES_CHIFFRES + "+_-!#$%&*=?^`{|}~'/").toCharArray())
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> partieLocale = atome.list().ofMinSize(1).ofMaxSize(4).map(atomes -> String.join(".", atomes))
                .filter(p -> p.length() <= 64);
        Arbitrary<String> libelle = Combinators.combine(
                        Arbitraries.strings().withChars(LETTRES_CHIFFRES.toCharArray()).ofLength(1),
                        Arbitraries.strings().withChars((LETTRES_CHIFFRES + "-").toCharArray()).ofMaxLength(10),
                        Arbitraries.strings().withChars(LETTRES_CHIFFRES.toCharArray()).ofLength(1))
                .as((debut, milieu, fin) -> debut + milieu + fin);
        Arbitrary<String> premierNiveau = Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> domaine = Combinators.combine(libelle.list().ofMinSize(1).ofMaxSize(3), premierNiveau)
                .as((libelles, tld) -> String.join(".", libelles) + "." + tld);
        return Combinators.combine(partieLocale, domaine).as((local, dom) -> local + "@" + dom);
    }

    @Property
    void touteAdresseBienFormeeEstAcceptee(@ForAll("adressesValides") String adresse) {
        assertThat(Courriels.verifier(adresse)).isEmpty();
        assertThat(Courriels.verifier("  " + adresse + " ")).isEmpty();
    }

    @Property
    void laCasseDuDomaineEstIndifferente(@ForAll("adressesValides") String adresse) {
        int arobase = adresse.indexOf('@');
        String domaineEnMajuscules = adresse.substring(0, arobase + 1)
                + adresse.substring(arobase + 1).toUpperCase(Locale.ROOT);

        assertThat(Courriels.normaliser(domaineEnMajuscules)).isEqualTo(Courriels.normaliser(adresse));
        assertThat(Courriels.normaliser(adresse).substring(0, arobase)).isEqualTo(adresse.substring(0, arobase));
    }

    @Property
    void sansArobaseUneAdresseEstRefusee(@ForAll String brut) {
        String sansArobase = brut.replace("@", "");

        assertThat(Courriels.verifier(sansArobase)).isPresent();
    }

    @Property
    void deuxArobasesSontRefusees(@ForAll("adressesValides") String adresse) {
        assertThat(Courriels.verifier(adresse.replace("@", "@@"))).isPresent();
        assertThat(Courriels.verifier("x@" + adresse)).isPresent();
    }

    @Property
    void normaliserEstIdempotent(@ForAll String brut) {
        String une = Courriels.normaliser(brut);
        assertThat(Courriels.normaliser(une)).isEqualTo(une);
    }

    @Property
    void verifierNeLeveJamaisDException(@ForAll String brut) {
        assertThat(Courriels.verifier(brut)).isNotNull();
    }
}
