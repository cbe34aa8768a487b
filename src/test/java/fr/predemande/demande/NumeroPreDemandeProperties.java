package fr.predemande.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Le numéro de pré-demande : le caractère de contrôle refuse les fautes de frappe courantes. */
class NumeroPreDemandeProperties {

    /**
     * Des numéros tirés par {@link NumeroPreDemande#tirer(RandomGenerator)}, à qui QuickTheories fournit ses tirages :
     * un contre-exemple rétrécit alors vers « 000000000 » et son caractère de contrôle.
     */
    private static Gen<NumeroPreDemande> numeros() {
        Gen<List<Integer>> tirages = lists().of(integers().between(0, NumeroPreDemande.ALPHABET.length() - 1))
                .ofSize(NumeroPreDemande.LONGUEUR - 1);
        return tirages.map(rangs -> NumeroPreDemande.tirer(rejouer(rangs)));
    }

    private static RandomGenerator rejouer(List<Integer> tirages) {
        Iterator<Integer> suivant = tirages.iterator();
        return new RandomGenerator() {
            @Override
            public int nextInt(int borne) {
                return Math.floorMod(suivant.next(), borne);
            }

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("tirer() ne demande que nextInt(borne)");
            }
        };
    }

    @Test
    void unNumeroTireEstValideEtRelu() {
        qt().forAll(numeros()).checkAssert(numero -> {
            assertThat(NumeroPreDemande.lire(numero.valeur())).contains(numero);
            assertThat(NumeroPreDemande.lire(numero.lisible().toLowerCase())).contains(numero);
            assertThat(NumeroPreDemande.lire("https://predemande.example.fr/p/" + numero.valeur()))
                    .contains(numero);
        });
    }

    @Test
    void toutCaractereRemplaceEstDetecte() {
        qt().forAll(numeros(), integers().between(0, 9), integers().between(1, 31))
                .checkAssert((numero, position, decalage) -> {
                    char[] caracteres = numero.valeur().toCharArray();
                    int index = NumeroPreDemande.ALPHABET.indexOf(caracteres[position]);
                    caracteres[position] = NumeroPreDemande.ALPHABET.charAt((index + decalage) % 32);
                    assertThat(NumeroPreDemande.lire(new String(caracteres))).isEmpty();
                });
    }

    @Test
    void touteInversionDeDeuxVoisinsDifferentsEstDetectee() {
        qt().forAll(numeros(), integers().between(0, 8)).checkAssert((numero, position) -> {
            char[] caracteres = numero.valeur().toCharArray();
            if (caracteres[position] == caracteres[position + 1]) {
                return;
            }
            char c = caracteres[position];
            caracteres[position] = caracteres[position + 1];
            caracteres[position + 1] = c;
            assertThat(NumeroPreDemande.lire(new String(caracteres))).isEmpty();
        });
    }

    @Test
    void lesLettresAmbiguesSontLuesCommeDesChiffres() {
        var numero = NumeroPreDemande.tirer();
        String ambigu = numero.valeur().replace('0', 'O').replace('1', 'l');
        assertThat(NumeroPreDemande.lire(ambigu)).contains(numero);
        assertThat(NumeroPreDemande.lire("  " + numero.valeur().substring(0, 4) + "-"
                        + numero.valeur().substring(4) + " "))
                .contains(numero);
    }

    @Test
    void uneSaisieQuiNEstPasUnNumeroEstRefusee() {
        assertThat(NumeroPreDemande.lire(null)).isEmpty();
        assertThat(NumeroPreDemande.lire("")).isEmpty();
        assertThat(NumeroPreDemande.lire("ABC")).isEmpty();
        assertThat(NumeroPreDemande.lire("UUUUUUUUUU")).isEmpty();
    }
}
