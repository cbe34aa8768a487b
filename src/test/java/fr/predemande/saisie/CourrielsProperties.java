package fr.predemande.saisie;

import static fr.predemande.support.Generateurs.LETTRES_ASCII;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.chainesQuelconques;
import static fr.predemande.support.Generateurs.listes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CourrielsProperties {

    private static final String LETTRES_CHIFFRES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static Gen<String> adressesValides() {
        Gen<String> atome = chaines(LETTRES_CHIFFRES + "+_-!#$%&*=?^`{|}~'/", 1, 10);
        Gen<String> partieLocale =
                listes(atome, 1, 4).map(atomes -> String.join(".", atomes)).assuming(p -> p.length() <= 64);
        Gen<String> libelle = chaines(LETTRES_CHIFFRES, 1)
                .zip(
                        chaines(LETTRES_CHIFFRES + "-", 0, 10),
                        chaines(LETTRES_CHIFFRES, 1),
                        (debut, milieu, fin) -> debut + milieu + fin);
        Gen<String> premierNiveau = chaines(LETTRES_ASCII, 2, 6);
        Gen<String> domaine =
                listes(libelle, 1, 3).zip(premierNiveau, (libelles, tld) -> String.join(".", libelles) + "." + tld);
        return partieLocale.zip(domaine, (local, dom) -> local + "@" + dom);
    }

    @Test
    void touteAdresseBienFormeeEstAcceptee() {
        qt().forAll(adressesValides()).checkAssert(adresse -> {
            assertThat(Courriels.verifier(adresse)).isEmpty();
            assertThat(Courriels.verifier("  " + adresse + " ")).isEmpty();
        });
    }

    @Test
    void laCasseDuDomaineEstIndifferente() {
        qt().forAll(adressesValides()).checkAssert(adresse -> {
            int arobase = adresse.indexOf('@');
            String domaineEnMajuscules = adresse.substring(0, arobase + 1)
                    + adresse.substring(arobase + 1).toUpperCase(Locale.ROOT);

            assertThat(Courriels.normaliser(domaineEnMajuscules)).isEqualTo(Courriels.normaliser(adresse));
            assertThat(Courriels.normaliser(adresse).substring(0, arobase)).isEqualTo(adresse.substring(0, arobase));
        });
    }

    @Test
    void sansArobaseUneAdresseEstRefusee() {
        qt().forAll(chainesQuelconques()).checkAssert(brut -> {
            String sansArobase = brut.replace("@", "");

            assertThat(Courriels.verifier(sansArobase)).isPresent();
        });
    }

    @Test
    void deuxArobasesSontRefusees() {
        qt().forAll(adressesValides()).checkAssert(adresse -> {
            assertThat(Courriels.verifier(adresse.replace("@", "@@"))).isPresent();
            assertThat(Courriels.verifier("x@" + adresse)).isPresent();
        });
    }

    @Test
    void normaliserEstIdempotent() {
        qt().forAll(chainesQuelconques()).checkAssert(brut -> {
            String une = Courriels.normaliser(brut);
            assertThat(Courriels.normaliser(une)).isEqualTo(une);
        });
    }

    @Test
    void verifierNeLeveJamaisDException() {
        qt().forAll(chainesQuelconques())
                .checkAssert(brut -> assertThat(Courriels.verifier(brut)).isNotNull());
    }
}
