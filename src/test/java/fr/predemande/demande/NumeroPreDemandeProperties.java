package fr.predemande.demande;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Le numéro de pré-demande : le caractère de contrôle refuse les fautes de frappe courantes. */
class NumeroPreDemandeProperties {

    @Provide
    Arbitrary<NumeroPreDemande> numeros() {
        return Arbitraries.randomValue(hasard -> NumeroPreDemande.tirer(hasard));
    }

    @Property
    void unNumeroTireEstValideEtRelu(@ForAll("numeros") NumeroPreDemande numero) {
        assertThat(NumeroPreDemande.lire(numero.valeur())).contains(numero);
        assertThat(NumeroPreDemande.lire(numero.lisible().toLowerCase())).contains(numero);
        assertThat(NumeroPreDemande.lire("https://predemande.example.fr/p/" + numero.valeur())).contains(numero);
    }

    @Property
    void toutCaractereRemplaceEstDetecte(
            @ForAll("numeros") NumeroPreDemande numero,
            @ForAll @IntRange(min = 0, max = 9) int position,
            @ForAll @IntRange(min = 1, max = 31) int decalage) {
        char[] caracteres = numero.valeur().toCharArray();
        int index = NumeroPreDemande.ALPHABET.indexOf(caracteres[position]);
        caracteres[position] = NumeroPreDemande.ALPHABET.charAt((index + decalage) % 32);
        assertThat(NumeroPreDemande.lire(new String(caracteres))).isEmpty();
    }

    @Property
    void touteInversionDeDeuxVoisinsDifferentsEstDetectee(
            @ForAll("numeros") NumeroPreDemande numero, @ForAll @IntRange(min = 0, max = 8) int position) {
        char[] caracteres = numero.valeur().toCharArray();
        if (caracteres[position] == caracteres[position + 1]) {
            return;
        }
        char c = caracteres[position];
        caracteres[position] = caracteres[position + 1];
        caracteres[position + 1] = c;
        assertThat(NumeroPreDemande.lire(new String(caracteres))).isEmpty();
    }

    @Test
    void lesLettresAmbiguesSontLuesCommeDesChiffres() {
        var numero = NumeroPreDemande.tirer();
        String ambigu = numero.valeur().replace('0', 'O').replace('1', 'l');
        assertThat(NumeroPreDemande.lire(ambigu)).contains(numero);
        assertThat(NumeroPreDemande.lire("  " + numero.valeur().substring(0, 4) + "-" + numero.valeur().substring(4) + " "))
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
