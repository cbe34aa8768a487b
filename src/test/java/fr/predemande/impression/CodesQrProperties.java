package fr.predemande.impression;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Tout QR code que le service imprime se relit à l’identique : l’adresse d’une pré-demande, ou un texte accentué. */
class CodesQrProperties {

    /** L’alphabet de Crockford : chiffres et capitales sans I, L, O ni U. */
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Property(tries = 200)
    void lAdresseDUnePreDemandeSeRelitALIdentique(@ForAll("adressesDePreDemande") String adresse) {
        assertThat(CodesQr.lire(CodesQr.image(adresse, 300))).contains(adresse);
    }

    @Property(tries = 100)
    void unTexteFrancaisSeRelitALIdentique(@ForAll("textesFrancais") String texte) {
        assertThat(CodesQr.lire(CodesQr.image(texte, 300))).contains(texte);
    }

    @Provide
    Arbitrary<String> adressesDePreDemande() {
        Arbitrary<String> schema = Arbitraries.of("http", "https");
        Arbitrary<String> etiquette = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> hote = etiquette.list().ofMinSize(1).ofMaxSize(3)
                .map(etiquettes -> String.join(".", etiquettes))
                .flatMap(nom -> Arbitraries.of("fr", "gouv.fr", "localhost", "test", "example.org")
                        .map(domaine -> domaine.equals("localhost") ? domaine : nom + "." + domaine));
        Arbitrary<String> port = Arbitraries.integers().between(1, 65535).map(p -> ":" + p).injectNull(0.7)
                .map(p -> p == null ? "" : p);
        Arbitrary<String> numero = Arbitraries.strings().withChars(CROCKFORD).ofLength(10);
        return Combinators.combine(schema, hote, port, numero)
                .as((s, h, p, n) -> s + "://" + h + p + "/p/" + n);
    }

    @Provide
    Arbitrary<String> textesFrancais() {
        return Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿæœ")
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÇÉÈÊËÎÏÔÙÛÜŸÆŒ")
                .withChars("’ -—€0123456789")
                .ofMinLength(1).ofMaxLength(80);
    }
}
