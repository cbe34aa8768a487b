package fr.predemande.impression;

import static fr.predemande.support.Generateurs.avecNull;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.listes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Tout QR code que le service imprime se relit à l’identique : l’adresse d’une pré-demande, ou un texte accentué. */
class CodesQrProperties {

    /** L’alphabet de Crockford : chiffres et capitales sans I, L, O ni U. */
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void lAdresseDUnePreDemandeSeRelitALIdentique() {
        qt().withExamples(200)
                .forAll(adressesDePreDemande())
                .checkAssert(adresse ->
                        assertThat(CodesQr.lire(CodesQr.image(adresse, 300))).contains(adresse));
    }

    @Test
    void unTexteFrancaisSeRelitALIdentique() {
        qt().withExamples(100)
                .forAll(textesFrancais())
                .checkAssert(texte ->
                        assertThat(CodesQr.lire(CodesQr.image(texte, 300))).contains(texte));
    }

    private static Gen<String> adressesDePreDemande() {
        Gen<String> schema = arbitrary().pick("http", "https");
        Gen<String> etiquette = chaines("abcdefghijklmnopqrstuvwxyz0123456789", 1, 20);
        Gen<String> nom = listes(etiquette, 1, 3).map(etiquettes -> String.join(".", etiquettes));
        Gen<String> hote = nom.zip(
                arbitrary().pick("fr", "gouv.fr", "localhost", "test", "example.org"),
                (n, domaine) -> domaine.equals("localhost") ? domaine : n + "." + domaine);
        Gen<String> port =
                avecNull(integers().between(1, 65535).map(p -> ":" + p), 70).map(p -> p == null ? "" : p);
        Gen<String> numero = chaines(CROCKFORD, 10);
        return schema.zip(hote, port, numero, (s, h, p, n) -> s + "://" + h + p + "/p/" + n);
    }

    private static Gen<String> textesFrancais() {
        return chaines(
                "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿæœ"
                        + "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÇÉÈÊËÎÏÔÙÛÜŸÆŒ"
                        + "’ -—€0123456789",
                1,
                80);
    }
}
