package fr.predemande.saisie;

import static fr.predemande.support.Generateurs.CHIFFRES;
import static fr.predemande.support.Generateurs.LETTRES_ASCII;
import static fr.predemande.support.Generateurs.caracteres;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.chainesQuelconques;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TelephonesProperties {

    /** Les formes nationales sous lesquelles un usager tape son numéro, à partir de « 0612345678 ». */
    static List<String> formesNationales(String dixChiffres) {
        String paires = paires(dixChiffres, " ");
        return List.of(
                dixChiffres,
                paires,
                paires(dixChiffres, "."),
                paires(dixChiffres, "-"),
                " " + paires(dixChiffres, "\u00a0") + " ");
    }

    /** Les formes internationales (indicatif +33 ou 0033) du même numéro. */
    static List<String> formesInternationales(String dixChiffres) {
        String neufChiffres = dixChiffres.substring(1);
        return List.of(
                "+33 " + neufChiffres.charAt(0) + " " + paires(dixChiffres, " ").substring(3),
                "+33" + neufChiffres,
                "0033" + neufChiffres,
                "+33 (0)" + neufChiffres);
    }

    static List<String> formes(String dixChiffres) {
        List<String> formes = new ArrayList<>(formesNationales(dixChiffres));
        formes.addAll(formesInternationales(dixChiffres));
        return formes;
    }

    private static String paires(String dixChiffres, String separateur) {
        List<String> paires = new ArrayList<>();
        for (int i = 0; i < 10; i += 2) {
            paires.add(dixChiffres.substring(i, i + 2));
        }
        return String.join(separateur, paires);
    }

    private static Optional<String> issue(String saisie) {
        return Telephones.verifierMobile(saisie).isPresent()
                ? Optional.empty()
                : Optional.of(Telephones.versE164(saisie));
    }

    /** 06 ou 07 suivi de huit chiffres quelconques, attribués ou non. */
    private static Gen<String> numerosEn06Ou07() {
        return arbitrary().pick("06", "07").zip(chaines(CHIFFRES, 8), String::concat);
    }

    /** Portables métropolitains attribués par l'Arcep : 06 (sauf 063 9 et 069 0 à 4, 6 et 7, outre-mer) et 073 à 079. */
    private static Gen<String> portablesMetropolitains() {
        Gen<String> en06 = debutEtChiffres(
                arbitrary().pick("060", "061", "062", "064", "065", "066", "067", "068", "0695", "0698"));
        Gen<String> en07 = debutEtChiffres(arbitrary().pick("073", "074", "075", "076", "077", "078", "079"));
        return Generate.oneOf(en06, en07);
    }

    /** Un début de numéro complété de chiffres quelconques jusqu'à dix. */
    private static Gen<String> debutEtChiffres(Gen<String> debuts) {
        return in -> {
            String debut = debuts.generate(in);
            return debut + chaines(CHIFFRES, 10 - debut.length()).generate(in);
        };
    }

    /**
     * Toutes les formes d'un même numéro en 06 ou 07 ont le même sort. Seule exception, voulue : un portable
     * d'outre-mer (« 0690… ») tapé sans indicatif est reconnu, alors qu'avec +33 il n'existe pas.
     */
    @Test
    void toutesLesFormesDUnNumeroEn06Ou07ConduisentAuMemeResultat() {
        qt().forAll(numerosEn06Ou07()).checkAssert(numero -> {
            List<Optional<String>> nationales = formesNationales(numero).stream()
                    .map(TelephonesProperties::issue)
                    .collect(Collectors.toList());
            List<Optional<String>> internationales = formesInternationales(numero).stream()
                    .map(TelephonesProperties::issue)
                    .collect(Collectors.toList());
            String metropole = "+33" + numero.substring(1);

            assertThat(nationales).allMatch(nationales.get(0)::equals);
            assertThat(internationales).allMatch(internationales.get(0)::equals);
            internationales.get(0).ifPresent(e164 -> assertThat(e164).isEqualTo(metropole));
            internationales
                    .get(0)
                    .ifPresent(e164 -> assertThat(nationales.get(0)).contains(e164));
            nationales
                    .get(0)
                    .filter(e164 -> e164.startsWith("+33"))
                    .ifPresent(e164 -> assertThat(internationales.get(0)).contains(metropole));
            nationales
                    .get(0)
                    .filter(e164 -> !e164.startsWith("+33"))
                    .ifPresent(e164 -> assertThat(e164)
                            .startsWith("+")
                            .endsWith(numero.substring(1))
                            .isIn(outreMer(numero)));
        });
    }

    /** Les numéros E.164 qu'un numéro national en 0 désigne dans chaque région d'outre-mer. */
    private static List<String> outreMer(String dixChiffres) {
        PhoneNumberUtil telephonie = PhoneNumberUtil.getInstance();
        return Telephones.REGIONS_FRANCAISES.stream()
                .map(region -> "+" + telephonie.getCountryCodeForRegion(region) + dixChiffres.substring(1))
                .collect(Collectors.toList());
    }

    @Test
    void toutPortableMetropolitainEstAccepteSousToutesSesFormes() {
        qt().forAll(portablesMetropolitains()).checkAssert(numero -> {
            for (String forme : formes(numero)) {
                assertThat(Telephones.verifierMobile(forme)).as(forme).isEmpty();
                assertThat(Telephones.versE164(forme)).as(forme).isEqualTo("+33" + numero.substring(1));
            }
            assertThat(Telephones.pourAffichage("+33" + numero.substring(1)))
                    .isEqualTo(formes(numero).get(1));
        });
    }

    /** Numéros E.164 valides : portables métropolitains et exemples de portables et de fixes de chaque région. */
    private static Gen<String> numerosE164() {
        PhoneNumberUtil telephonie = PhoneNumberUtil.getInstance();
        List<String> exemples = telephonie.getSupportedRegions().stream()
                .flatMap(region -> Stream.of(
                        telephonie.getExampleNumberForType(region, PhoneNumberType.MOBILE),
                        telephonie.getExampleNumberForType(region, PhoneNumberType.FIXED_LINE)))
                .filter(Objects::nonNull)
                .map(numero -> telephonie.format(numero, PhoneNumberFormat.E164))
                .distinct()
                .sorted()
                .collect(Collectors.toList());
        return Generate.oneOf(Generate.pick(exemples), portablesMetropolitains().map(n -> "+33" + n.substring(1)));
    }

    @Test
    void versE164DeLAffichageRendLeNumero() {
        qt().withExamples(2000)
                .forAll(numerosE164())
                .checkAssert(e164 -> assertThat(Telephones.versE164(Telephones.pourAffichage(e164)))
                        .isEqualTo(e164));
    }

    @Test
    void uneLettreRendLeNumeroInvalide() {
        qt().forAll(
                        portablesMetropolitains(),
                        caracteres(LETTRES_ASCII),
                        integers().between(0, 10))
                .checkAssert((numero, lettre, position) -> {
                    String avecLettre = numero.substring(0, position) + lettre + numero.substring(position);

                    assertThat(Telephones.verifierMobile(avecLettre))
                            .contains(ErreurDeSaisie.de("saisie.telephone.format"));
                    assertThatIllegalArgumentException().isThrownBy(() -> Telephones.versE164(avecLettre));
                });
    }

    @Test
    void verifierMobileNeLeveJamaisDException() {
        qt().forAll(chainesQuelconques())
                .checkAssert(brut -> assertThat(Telephones.verifierMobile(brut)).isNotNull());
    }
}
