package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErreurDeSaisieTest {

    @Test
    void porteLeCodeEtLesArgumentsDansLOrdre() {
        ErreurDeSaisie erreur = ErreurDeSaisie.de("saisie.identifiant.longueur", 4, 50);

        assertThat(erreur.code()).isEqualTo("saisie.identifiant.longueur");
        assertThat(erreur.arguments()).containsExactly(4, 50);
    }

    @Test
    void sansArgumentLaListeEstVide() {
        assertThat(ErreurDeSaisie.de("saisie.nom.obligatoire").arguments()).isEmpty();
        assertThat(new ErreurDeSaisie("saisie.nom.obligatoire", null).arguments())
                .isEmpty();
    }

    @Test
    void lesArgumentsNeSontPlusModifiables() {
        List<Object> arguments = new ArrayList<>(List.of(80));
        ErreurDeSaisie erreur = new ErreurDeSaisie("saisie.nom.longueur", arguments);
        arguments.add(81);

        assertThat(erreur.arguments()).containsExactly(80);
        assertThatThrownBy(() -> erreur.arguments().add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void leCodeEstObligatoire() {
        assertThatNullPointerException().isThrownBy(() -> ErreurDeSaisie.de(null));
    }

    @Test
    void deuxErreursIdentiquesSontEgales() {
        assertThat(ErreurDeSaisie.de("saisie.nom.longueur", 80))
                .isEqualTo(ErreurDeSaisie.de("saisie.nom.longueur", 80));
    }
}
